import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
} from 'meilisearch';
import { SearchError, isSearchUnavailable } from '@botkb/search';

const apiError = (status: number) => new MeilisearchApiError(new Response(null, { status }));

describe('isSearchUnavailable: an outage to wait out, or content Meilisearch refuses', () => {
  it.each([
    ['a network failure', new MeilisearchRequestError('http://127.0.0.1:1', new Error('ECONNREFUSED'))],
    ['a request timeout', new MeilisearchRequestTimeOutError(5000, {})],
    ['a task wait timeout', new MeilisearchTaskTimeOutError(7, 60_000)],
    ['a 500', apiError(500)],
    ['a 503', apiError(503)],
    ['a 401 (wrong key)', apiError(401)],
    ['a 429', apiError(429)],
    ['an unreachable embedded server', new SearchError('unreachable', 'down')],
    ['a task failed for lack of disk', new SearchError('task_failed', 'no space', { cause: 'system' })],
  ])('%s is an outage', (_, error) => {
    expect(isSearchUnavailable(error)).toBe(true);
  });

  it.each([
    ['a 400', apiError(400)],
    ['a 404', apiError(404)],
    ['a refused document', new SearchError('task_failed', 'invalid document id', { cause: 'invalid_request' })],
    ['a plain error (unknown job target)', new Error('unknown target')],
    ['a string', 'boom'],
  ])('%s is not', (_, error) => {
    expect(isSearchUnavailable(error)).toBe(false);
  });
});

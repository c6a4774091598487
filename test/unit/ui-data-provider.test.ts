import { ApiError, createHttpClient, type RequestInitLike, type ResponseLike } from '../../admin-ui/src/httpClient';
import { buildQuery, createDataProvider, csvPath } from '../../admin-ui/src/dataProvider';

interface Call {
  url: string;
  init: RequestInitLike;
}

function response(status: number, body: unknown, headers: Record<string, string> = {}): ResponseLike {
  const text = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (n: string) => headers[n.toLowerCase()] ?? null },
    json: async () => JSON.parse(text),
    text: async () => text,
    blob: async () => ({ size: text.length, text }),
  };
}

function setup(reply: (call: Call) => ResponseLike, token: string | null = 'jwt-1') {
  const calls: Call[] = [];
  const http = createHttpClient({
    fetch: async (url, init) => {
      const call = { url, init };
      calls.push(call);
      return reply(call);
    },
    getToken: () => token,
  });
  return { calls, dp: createDataProvider(http) };
}

const q = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);

describe('buildQuery', () => {
  it('maps filters, sort and paging to the API parameters', () => {
    const s = buildQuery({
      filter: {
        from: '2026-01-01',
        to: '2026-03-31',
        locale: 'sv',
        audience: '',
        status: ['new', 'in_progress'],
        q: ' ajanvaraus ',
        unknown: 'x',
        channel: null,
      },
      pagination: { page: 2, perPage: 5000 },
      sort: { field: 'lastSeen', order: 'asc' },
    });
    expect(Object.fromEntries(new URLSearchParams(s))).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      locale: 'sv',
      status: 'new,in_progress',
      q: 'ajanvaraus',
      sort: 'lastSeen',
      order: 'ASC',
      page: '2',
      pageSize: '1000',
    });
  });

  it("drops react-admin's implicit id sort so the report default applies", () => {
    expect(buildQuery({ sort: { field: 'id', order: 'ASC' } })).toBe('');
  });
});

describe('analytics data provider', () => {
  it('getList calls the report endpoint with the JWT and returns data, total and meta', async () => {
    const { dp, calls } = setup(() =>
      response(200, { data: [{ id: '2026-01', month: '2026-01' }], total: 13, meta: { totals: { eurosSaved: 5 } } }),
    );
    const res = await dp.getList('savings', {
      filter: { locale: 'fi' },
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'month', order: 'ASC' },
    });
    expect(calls[0]!.url.split('?')[0]).toBe('/analytics-api/savings');
    expect(q(calls[0]!.url)).toEqual({ locale: 'fi', sort: 'month', order: 'ASC', page: '1', pageSize: '100' });
    expect(calls[0]!.init.headers.Authorization).toBe('Bearer jwt-1');
    expect(calls[0]!.init.method).toBe('GET');
    expect(res).toEqual({
      data: [{ id: '2026-01', month: '2026-01' }],
      total: 13,
      meta: { totals: { eurosSaved: 5 } },
    });
  });

  it('maps resource names to endpoints', async () => {
    const { dp, calls } = setup(() => response(200, { data: [], total: 0, meta: {} }));
    for (const r of [
      'paths',
      'answers',
      'monthly-usage',
      'content-counts',
      'unanswered',
      'handoffs',
      'knowledge',
      'unanswered-trend',
      'partner-clicks',
    ])
      await dp.getList(r, { filter: {}, pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' } });
    expect(calls.map((c) => c.url.split('?')[0])).toEqual([
      '/analytics-api/path-performance',
      '/analytics-api/answer-performance',
      '/analytics-api/monthly-usage',
      '/analytics-api/content-counts',
      '/analytics-api/unanswered',
      '/analytics-api/handoffs',
      '/analytics-api/knowledge',
      '/analytics-api/unanswered-trend',
      '/analytics-api/partner-clicks',
    ]);
  });

  it('getOne of an unanswered group uses the detail endpoint', async () => {
    const { dp, calls } = setup(() => response(200, { data: { id: 'g/1', label: 'x', trend: [] } }));
    const res = await dp.getOne('unanswered', { id: 'g/1' });
    expect(calls[0]!.url).toBe('/analytics-api/unanswered/g%2F1');
    expect(res.data).toEqual({ id: 'g/1', label: 'x', trend: [] });
  });

  it('getOne of a path finds it in the list with the filter from meta', async () => {
    const { dp, calls } = setup(() => response(200, { data: [{ id: 'a' }, { id: 'b', steps: [] }], total: 2 }));
    const res = await dp.getOne('paths', { id: 'b', meta: { filter: { from: '2026-01-01' } } });
    expect(q(calls[0]!.url)).toMatchObject({ from: '2026-01-01', pageSize: '1000' });
    expect(res.data).toEqual({ id: 'b', steps: [] });
    await expect(dp.getOne('paths', { id: 'zz' })).rejects.toMatchObject({ status: 404 });
  });

  it('update resolves a group with PUT { status, target, phrasing } and keeps the detail trend', async () => {
    const { dp, calls } = setup(() => response(200, { data: { id: 'g1', status: 'resolved', examples: ['a'] } }));
    const res = await dp.update('unanswered', {
      id: 'g1',
      data: {
        status: 'resolved',
        target: { kind: 'path', slug: 'hammas', title: 'ignored' },
        phrasing: '  uusi muotoilu ',
        extra: 1,
      },
      previousData: { id: 'g1', trend: [{ month: '2026-01', count: 2 }], examples: ['a', 'b', 'c', 'd'] },
    });
    expect(calls[0]!.init.method).toBe('PUT');
    expect(calls[0]!.url).toBe('/analytics-api/unanswered/g1');
    expect(JSON.parse(calls[0]!.init.body!)).toEqual({
      status: 'resolved',
      target: { kind: 'path', slug: 'hammas' },
      phrasing: 'uusi muotoilu',
    });
    expect(calls[0]!.init.headers['Content-Type']).toBe('application/json');
    expect(res.data).toEqual({
      id: 'g1',
      status: 'resolved',
      examples: ['a', 'b', 'c', 'd'],
      trend: [{ month: '2026-01', count: 2 }],
    });
  });

  it('update sends only the status for a status change, no empty phrasing', async () => {
    const { dp, calls } = setup(() => response(200, { data: { id: 'g1', status: 'ignored' } }));
    await dp.update('unanswered', { id: 'g1', data: { status: 'ignored', label: 'x' }, previousData: { id: 'g1' } });
    expect(JSON.parse(calls[0]!.init.body!)).toEqual({ status: 'ignored' });
    const r2 = setup(() => response(200, { data: { id: 'g1' } }));
    await r2.dp.update('unanswered', {
      id: 'g1',
      data: { status: 'resolved', target: { kind: 'answer', slug: 's' }, phrasing: '  ' },
      previousData: { id: 'g1' },
    });
    expect(JSON.parse(r2.calls[0]!.init.body!)).toEqual({ status: 'resolved', target: { kind: 'answer', slug: 's' } });
  });

  it('updateMany posts the ids to /unanswered/bulk', async () => {
    const { dp, calls } = setup(() => response(200, { data: { updated: 2 } }));
    const res = await dp.updateMany('unanswered', { ids: ['a', 'b'], data: { status: 'ignored' } });
    expect(calls[0]!.url).toBe('/analytics-api/unanswered/bulk');
    expect(calls[0]!.init.method).toBe('POST');
    expect(JSON.parse(calls[0]!.init.body!)).toEqual({ ids: ['a', 'b'], status: 'ignored' });
    expect(res.data).toEqual(['a', 'b']);
  });

  it('triage: merges, moves, creates a draft answer and bulk-resolves through the unanswered endpoints', async () => {
    const replies = [
      { data: { id: '7' } },
      { data: { from: null, into: { id: '9' } } },
      { data: { group: { id: '7' }, answer: { documentId: 'd1', slug: 's', locale: 'fi', adminUrl: '/admin/x' } } },
      { data: { updated: 3 } },
    ];
    const { dp, calls } = setup(() => response(200, replies[calls.length - 1]));
    expect(await dp.mergeGroups('7', ['8'])).toEqual({ id: '7' });
    expect(await dp.moveExamples('7', ['a b'], null)).toEqual({ id: '9' });
    expect(await dp.createAnswerFromGroup('7')).toMatchObject({ documentId: 'd1', adminUrl: '/admin/x' });
    expect(await dp.resolveGroups(['1', '2', '3'], { kind: 'answer', slug: 'neuvola' })).toBe(3);
    expect(calls.map((c) => [c.url, c.init.method, JSON.parse(c.init.body!)])).toEqual([
      ['/analytics-api/unanswered/merge', 'POST', { into: '7', ids: ['8'] }],
      ['/analytics-api/unanswered/7/move', 'POST', { texts: ['a b'] }],
      ['/analytics-api/unanswered/7/answer', 'POST', {}],
      [
        '/analytics-api/unanswered/bulk',
        'POST',
        { ids: ['1', '2', '3'], status: 'resolved', target: { kind: 'answer', slug: 'neuvola' } },
      ],
    ]);
  });

  it('reads and writes the savings parameters', async () => {
    const params = { minutesPerContact: { phone_bot: 6, default: 6 }, hourlyCost: 42, hoursPerStaffYear: 1600 };
    const { dp, calls } = setup((c) =>
      response(200, { data: c.init.method === 'PUT' ? JSON.parse(c.init.body!) : params }),
    );
    const got = await dp.getOne('savings-parameters', { id: 'current' });
    expect(got.data).toEqual({ id: 'current', ...params });
    await dp.update('savings-parameters', {
      id: 'current',
      data: {
        id: 'current',
        minutesPerContact: { phone_bot: '7', default: 6 },
        hourlyCost: '45',
        hoursPerStaffYear: 1600,
      },
      previousData: got.data,
    });
    expect(calls[1]!.url).toBe('/analytics-api/savings-parameters');
    expect(JSON.parse(calls[1]!.init.body!)).toEqual({
      minutesPerContact: { phone_bot: 7, default: 6 },
      hourlyCost: 45,
      hoursPerStaffYear: 1600,
    });
  });

  it('builds CSV links and downloads CSV with the Authorization header', async () => {
    const { dp, calls } = setup(() =>
      response(200, 'month;conversations\n2026-01;3\n', {
        'content-disposition': 'attachment; filename="monthly-usage.csv"',
      }),
    );
    const params = { filter: { from: '2026-01-01', breakdown: 'locale' }, sort: { field: 'month', order: 'ASC' } };
    expect(csvPath('monthly-usage', params).split('?')[0]).toBe('/analytics-api/monthly-usage');
    expect(q(csvPath('monthly-usage', params))).toEqual({
      from: '2026-01-01',
      breakdown: 'locale',
      sort: 'month',
      order: 'ASC',
      format: 'csv',
    });
    const file = await dp.downloadCsv('monthly-usage', params);
    expect(calls[0]!.init.headers.Authorization).toBe('Bearer jwt-1');
    expect(q(calls[0]!.url).format).toBe('csv');
    expect(file.filename).toBe('monthly-usage.csv');
    expect((file.blob as { text: string }).text).toContain('2026-01;3');
  });

  it('turns HTTP errors into ApiError with a translation key, status, server message and field errors', async () => {
    const body = {
      error: {
        status: 400,
        name: 'ValidationError',
        message: 'Unknown target',
        details: { errors: [{ path: ['target', 'slug'], message: 'no such slug' }] },
      },
    };
    const { dp } = setup(() => response(400, body));
    const err = (await dp
      .update('unanswered', {
        id: 'g',
        data: { status: 'resolved', target: { kind: 'answer', slug: 'x' } },
        previousData: {},
      })
      .catch((e) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(400);
    expect(err.message).toBe('app.error.bad_request');
    expect(err.serverMessage).toBe('Unknown target');
    expect(err.fieldErrors).toEqual([{ path: 'target.slug', message: 'no such slug' }]);

    for (const [status, key] of [
      [401, 'app.auth.session_expired'],
      [403, 'app.error.forbidden'],
      [404, 'app.error.not_found'],
      [500, 'app.error.server'],
      [418, 'app.error.http'],
    ] as const) {
      const s = setup(() => response(status, ''));
      await expect(
        s.dp.getList('handoffs', {
          filter: {},
          pagination: { page: 1, perPage: 1 },
          sort: { field: 'id', order: 'ASC' },
        }),
      ).rejects.toMatchObject({ status, message: key });
    }
  });

  it('reports network failures as status 0', async () => {
    const http = createHttpClient({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
      getToken: () => null,
    });
    await expect(createDataProvider(http).me()).rejects.toMatchObject({ status: 0, message: 'app.error.network' });
  });

  it('sends no Authorization header without a token', async () => {
    const { dp, calls } = setup(
      () => response(200, { data: { email: 'a@b', role: 'manager', canTriage: false, canEditSavings: true } }),
      null,
    );
    await dp.me();
    expect(calls[0]!.url).toBe('/analytics-api/me');
    expect(calls[0]!.init.headers.Authorization).toBeUndefined();
  });
});

describe('reads refused with 429', () => {
  const tooMany = (retryAfter: string) =>
    response(429, { error: { status: 429, message: 'Rate limit exceeded' } }, { 'retry-after': retryAfter });

  function client(replies: ResponseLike[]) {
    const calls: RequestInitLike[] = [];
    const waits: number[] = [];
    const http = createHttpClient({
      fetch: async (_url, init) => (calls.push(init), replies.shift()!),
      getToken: () => 'jwt',
      sleep: async (ms) => void waits.push(ms),
    });
    return { http, calls, waits };
  }

  it("are sent again after the server's Retry-After, and then succeed", async () => {
    const c = client([tooMany('2'), tooMany('1'), response(200, { data: [] })]);
    await expect(c.http('/analytics-api/handoffs')).resolves.toMatchObject({ status: 200 });
    expect([c.calls.length, c.waits]).toEqual([3, [2000, 1000]]);
  });

  it('give up after two retries or a wait too long to sit through, with a message saying why', async () => {
    const often = client([tooMany('1'), tooMany('1'), tooMany('1'), response(200, {})]);
    await expect(often.http('/x')).rejects.toMatchObject({ status: 429, message: 'app.error.too_many_requests' });
    expect(often.calls).toHaveLength(3);
    const long = client([tooMany('60'), response(200, {})]);
    await expect(long.http('/x')).rejects.toMatchObject({ status: 429 });
    expect(long.waits).toEqual([]);
  });

  it('wait a second when the server (or a proxy) sent no Retry-After', async () => {
    const c = client([response(429, ''), response(200, {})]);
    await expect(c.http('/x')).resolves.toMatchObject({ status: 200 });
    expect(c.waits).toEqual([1000]);
  });

  it('are never repeated for a write, so nothing is sent twice', async () => {
    const c = client([tooMany('1'), response(200, {})]);
    await expect(c.http('/x', { method: 'POST', body: {} })).rejects.toMatchObject({ status: 429 });
    expect(c.calls).toHaveLength(1);
  });
});

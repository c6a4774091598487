import { compareExamples, rollExamples, type GroupExample } from '../../cms/src/analytics/roll-examples';

const ex = (text: string, count: number, lastAsked: number): GroupExample => ({ text, count, lastAsked });

describe('rollExamples (a group keeps its most frequent and most recent forms)', () => {
  it('bumps the count and last-asked time of a stored text', () => {
    const changes = rollExamples([ex('a', 2, 10), ex('b', 1, 20)], [ex('a', 3, 50)], 2);
    expect(changes).toEqual({ changed: [ex('a', 5, 50)], added: [], removed: [] });
  });

  it('adds a new text while there is room', () => {
    expect(rollExamples([ex('a', 2, 10)], [ex('b', 1, 30)], 2)).toEqual({
      changed: [],
      added: [ex('b', 1, 30)],
      removed: [],
    });
  });

  it('when full, replaces the oldest last-asked among the least frequent', () => {
    const stored = [ex('often', 9, 1), ex('rare old', 1, 5), ex('rare new', 1, 40), ex('twice', 2, 2)];
    expect(rollExamples(stored, [ex('fresh', 1, 100)], 4)).toEqual({
      changed: [],
      added: [ex('fresh', 1, 100)],
      removed: ['rare old'],
    });
  });

  it('rolls a batch in time order; a text added and pushed out again is neither written nor removed', () => {
    const batch = [ex('third', 1, 300), ex('first', 1, 100), ex('second', 2, 200)];
    const changes = rollExamples([ex('kept', 5, 1)], batch, 2);
    expect(changes).toEqual({ changed: [], added: [ex('third', 1, 300)], removed: [] });
  });

  it('orders the most useful first: most frequent, then most recent', () => {
    const sorted = [ex('a', 1, 9), ex('b', 3, 1), ex('c', 3, 5)].sort(compareExamples);
    expect(sorted.map((e) => e.text)).toEqual(['c', 'b', 'a']);
  });
});

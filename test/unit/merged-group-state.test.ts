import fc from 'fast-check';
import { mergedGroupState, type GroupState } from '../../cms/src/analytics/merged-group-state';

const open = (status: 'new' | 'in_progress'): GroupState => ({
  status, resolution_kind: null, resolution_slug: null, resolution_phrasing: null,
  resolved_by: null, resolved_at: null,
});
const resolved = (slug: string, at: number): GroupState => ({
  status: 'resolved', resolution_kind: 'answer', resolution_slug: slug, resolution_phrasing: 'lahin apteekki',
  resolved_by: 'expert@example.fi', resolved_at: at,
});
const ignored = (at: number): GroupState =>
  ({ ...open('new'), status: 'ignored', resolved_by: 'expert@example.fi', resolved_at: at });

describe('mergedGroupState (the state of a group merged from several)', () => {
  it('keeps an expert\'s decision: resolved over ignored over in progress over new', () => {
    expect(mergedGroupState([open('new'), resolved('apteekit', 5)])).toEqual(resolved('apteekit', 5));
    const states = [ignored(9), resolved('apteekit', 5), open('in_progress')];
    expect(mergedGroupState(states)).toEqual(resolved('apteekit', 5));
    expect(mergedGroupState([open('in_progress'), ignored(3)])).toEqual(ignored(3));
    expect(mergedGroupState([open('new'), open('in_progress')])).toEqual(open('in_progress'));
  });

  it('takes the latest decision among equals, with its whole resolution', () => {
    const states = [resolved('apteekit', 5), resolved('yopaivystys', 8)];
    expect(mergedGroupState(states)).toEqual(resolved('yopaivystys', 8));
  });

  it('does not depend on the order of the groups but for ties (property)', () => {
    const state = fc.oneof(
      fc.constantFrom(open('new'), open('in_progress')),
      fc.integer({ min: 1, max: 1_000 }).map(ignored),
      fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 1, max: 1_000 }))
        .map(([slug, at]) => resolved(slug, at)),
    );
    fc.assert(fc.property(fc.array(state, { minLength: 1, maxLength: 6 }), (states) => {
      const merged = mergedGroupState(states);
      const reversed = mergedGroupState([...states].reverse());
      expect(reversed.status).toBe(merged.status);
      expect(reversed.resolved_at).toBe(merged.resolved_at);
      const rank = (s: GroupState) => ['new', 'in_progress', 'ignored', 'resolved'].indexOf(s.status);
      expect(states.every((s) => rank(s) <= rank(merged))).toBe(true);
    }));
  });
});

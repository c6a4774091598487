import { mergedStatus, type TriageState } from '../../cms/src/analytics/merged-status';

const open = (status: TriageState['status']): TriageState => ({
  status,
  resolution_kind: null,
  resolution_slug: null,
  resolution_phrasing: null,
  resolved_by: null,
  resolved_at: null,
});
const resolved = (slug: string): TriageState => ({
  status: 'resolved',
  resolution_kind: 'answer',
  resolution_slug: slug,
  resolution_phrasing: 'q',
  resolved_by: 'a@example.fi',
  resolved_at: 1,
});

describe('mergedStatus', () => {
  it('keeps the state furthest along: resolved, then in progress, then new, then ignored', () => {
    expect(mergedStatus(open('new'), [open('in_progress')]).status).toBe('in_progress');
    expect(mergedStatus(open('ignored'), [open('new')]).status).toBe('new');
    expect(mergedStatus(open('in_progress'), [open('new'), open('ignored')]).status).toBe('in_progress');
    expect(mergedStatus(open('ignored'), [open('ignored')]).status).toBe('ignored');
  });

  it("carries the resolution of the group it takes the state from, the survivor's on a tie", () => {
    expect(mergedStatus(open('new'), [resolved('neuvola')])).toEqual(resolved('neuvola'));
    expect(mergedStatus(resolved('kotihoito'), [resolved('neuvola')])).toEqual(resolved('kotihoito'));
    expect(mergedStatus(resolved('kotihoito'), [open('in_progress')]).resolution_slug).toBe('kotihoito');
    expect(mergedStatus(open('in_progress'), [open('new')]).resolution_slug).toBeNull();
  });
});

import englishMessages from 'ra-language-english';
import { HANDOFF_REASONS } from '@botkb/contract';
import en, { enApp, enResources } from '../../admin-ui/src/i18n/en';
import fi, { fiApp, fiRa, fiResources } from '../../admin-ui/src/i18n/fi';
import sv, { svApp, svRa, svResources } from '../../admin-ui/src/i18n/sv';

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...new Set([...s.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('analytics UI message catalogs', () => {
  const raEn = leaves(englishMessages.ra as unknown as Tree);

  it.each([
    ['fi', fiRa],
    ['sv', svRa],
  ])('%s has every react-admin ra.* key with the same placeholders', (_name, ra) => {
    const got = leaves(ra as unknown as Tree);
    expect([...got.keys()].sort()).toEqual([...raEn.keys()].sort());
    for (const [k, v] of raEn) expect([k, placeholders(got.get(k)!)]).toEqual([k, placeholders(v)]);
    for (const [k, v] of got) if (k !== 'boolean.null') expect([k, v.trim().length > 0]).toEqual([k, true]);
  });

  it.each([
    ['fi', fiApp, fiResources],
    ['sv', svApp, svResources],
  ])('%s has every app and resource key of English with the same placeholders', (_name, app, resources) => {
    for (const [ref, got] of [
      [enApp, app],
      [enResources, resources],
    ] as [Tree, Tree][]) {
      const r = leaves(ref);
      const g = leaves(got);
      expect([...g.keys()].sort()).toEqual([...r.keys()].sort());
      for (const [k, v] of r) expect([k, placeholders(g.get(k)!)]).toEqual([k, placeholders(v)]);
    }
  });

  it('names every known handoff reason code (fi and sv follow English key for key)', () => {
    expect(Object.keys(enApp.handoff_reason).sort()).toEqual([...HANDOFF_REASONS].sort());
  });

  it('puts ra, app and resources in each catalog', () => {
    for (const c of [fi, sv, en]) expect(Object.keys(c).sort()).toEqual(['app', 'ra', 'resources']);
    expect(fiApp.auth.session_expired).toMatch(/istunto/i);
    expect(svApp.auth.session_expired).toMatch(/session/i);
    expect(enApp.auth.session_expired).toBe('Your session has expired, please log in again.');
    expect(fiApp.error.forbidden).toMatch(/pääsyä/);
  });

  it('keeps pluralised messages in the smart_count form', () => {
    for (const app of [fiApp, svApp]) expect(app.unanswered.bulk_done).toContain('||||');
  });
});

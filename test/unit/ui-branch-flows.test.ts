import { shapeBranchFlows } from '../../admin-ui/src/paths/shape-branch-flows';
import { layoutSankey, SANKEY_LAYOUT } from '../../admin-ui/src/paths/layout-sankey';
import { flatResults, startingInput } from '../../admin-ui/src/simulation/simulation-table';
import type { BranchRow } from '../../admin-ui/src/types';

const row = (
  r: Partial<BranchRow> & Pick<BranchRow, 'id' | 'stepKey' | 'stepNumber' | 'target' | 'count'>,
): BranchRow => ({
  order: 0,
  stepTitle: r.stepKey.toUpperCase(),
  option: null,
  optionLabel: null,
  targetKey: null,
  targetTitle: null,
  share: null,
  ...r,
});

const OUTCOMES = { left: 'Left', end: 'End', unknown: 'Unknown', handoff: (c: string) => `Handoff ${c}` };

describe('Sankey of a branching path', () => {
  const rows = [
    row({
      id: 'a1',
      stepKey: 'a',
      stepNumber: 1,
      optionLabel: 'Booking',
      target: 'step',
      targetKey: 'b',
      targetTitle: 'B?',
      count: 6,
    }),
    row({
      id: 'a2',
      stepKey: 'a',
      stepNumber: 1,
      optionLabel: 'Call',
      target: 'handoff',
      targetKey: 'phone',
      count: 1,
    }),
    row({ id: 'a3', stepKey: 'a', stepNumber: 1, optionLabel: 'Unused', target: 'end', count: 0 }),
    row({ id: 'a4', stepKey: 'a', stepNumber: 1, target: 'left', count: 3 }),
    row({
      id: 'b1',
      stepKey: 'b',
      stepNumber: 2,
      optionLabel: 'Yes',
      target: 'answer',
      targetKey: 'x',
      targetTitle: 'Answer X',
      count: 6,
    }),
  ];
  const { flows, labels, columns } = shapeBranchFlows(rows, OUTCOMES);

  it('step → option → target, and step → left; untaken options are left out', () => {
    expect(flows).toEqual([
      { from: 'step:a', to: 'option:a1', flow: 6 },
      { from: 'option:a1', to: 'step:b', flow: 6 },
      { from: 'step:a', to: 'option:a2', flow: 1 },
      { from: 'option:a2', to: 'handoff:phone', flow: 1 },
      { from: 'step:a', to: 'left', flow: 3 },
      { from: 'step:b', to: 'option:b1', flow: 6 },
      { from: 'option:b1', to: 'answer:x', flow: 6 },
    ]);
  });

  it('labels steps with their number, options with their label, outcomes in the UI language', () => {
    expect(labels).toMatchObject({
      'step:a': '1. A',
      'step:b': '2. B',
      'option:a1': 'Booking',
      'handoff:phone': 'Handoff phone',
      'answer:x': 'Answer X',
      left: 'Left',
    });
  });

  it('columns: steps in path order, options beside them, outcomes last', () => {
    expect(columns).toMatchObject({
      'step:a': 0,
      'option:a1': 1,
      'step:b': 2,
      'option:b1': 3,
      'answer:x': 4,
      left: 4,
      'handoff:phone': 4,
    });
  });
});

describe('resource simulation page shapes', () => {
  const baseline = {
    from: '2025-12-01',
    to: '2026-11-30',
    botContacts: 1234,
    startYear: 2026,
    defaults: { hourlyCost: 35, yearlySalaryCost: 59_290, productiveHoursPerPerson: 1694 },
  };

  it("starts with the six channels of the study, the bot's contacts measured", () => {
    const input = startingInput(baseline, (c) => c.toUpperCase());
    expect(input.channels.map((c) => c.name)).toEqual([
      'PHONE',
      'CALLBACK',
      'MESSAGES',
      'CHAT',
      'BOT',
      'SYMPTOM_CHECKER',
    ]);
    expect(input.channels[4]).toEqual({ name: 'BOT', contacts: 1234, minutes: 0, changes: [0, 0] });
    expect(input).toMatchObject({
      startYear: 2026,
      hourlyCost: 35,
      yearlySalaryCost: 59_290,
      productiveHoursPerPerson: 1694,
    });
  });

  it('one CSV row per channel and year, then totals with their change against the start year', () => {
    const y = (year: number, salaryCost: number) => ({
      year,
      contacts: 1,
      hours: 1,
      persons: 1,
      salaryCost,
      hourCost: 1,
    });
    const rows = flatResults(
      {
        channels: [{ name: 'Puhelut', years: [y(2026, 10), y(2027, 8), y(2028, 6)] }],
        totals: [y(2026, 10), y(2027, 8), y(2028, 6)],
        changes: [
          { ...y(2026, 0), rate: 0 },
          { ...y(2027, -2), rate: -0.2 },
          { ...y(2028, -4), rate: -0.4 },
        ],
      },
      'Yhteensä',
    );
    expect(rows.map((r) => [r.channel, r.year, r.salaryCost, r.change, r.changeRate])).toEqual([
      ['Puhelut', 2026, 10, null, null],
      ['Puhelut', 2027, 8, null, null],
      ['Puhelut', 2028, 6, null, null],
      ['Yhteensä', 2026, 10, 0, 0],
      ['Yhteensä', 2027, 8, -2, -0.2],
      ['Yhteensä', 2028, 6, -4, -0.4],
    ]);
  });
});

describe('size and labels of the branching Sankey', () => {
  // One step whose 15 options each lead to an answer of their own: 15 nodes in the option and the last column.
  const LONG = 'Hengenvaarallinen tilanne, esim. rintakipu, hengitysvaikeus tai tajuttomuus';
  const rows = Array.from({ length: 15 }, (_, i) =>
    row({
      id: `o${i}`,
      stepKey: 'a',
      stepNumber: 1,
      optionLabel: i === 0 ? LONG : `Option ${i}`,
      target: 'answer',
      targetKey: `x${i}`,
      targetTitle: `Answer ${i}`,
      count: i + 1,
    }),
  );
  const layout = layoutSankey(shapeBranchFlows(rows, OUTCOMES));

  it('is tall enough for one label row per node of its fullest column', () => {
    expect(layout.height).toBe(15 * SANKEY_LAYOUT.rowPx);
  });

  it('is wide enough for each column and the last column’s labels (the region scrolls sideways below that)', () => {
    const wide = 3 * SANKEY_LAYOUT.columnPx + SANKEY_LAYOUT.lastLabelsPx;
    expect([layout.minWidth, layout.rightPx]).toEqual([
      Math.max(SANKEY_LAYOUT.minWidth, wide),
      SANKEY_LAYOUT.lastLabelsPx,
    ]);
  });

  it('keeps the smallest size for a small path', () => {
    const small = layoutSankey(shapeBranchFlows(rows.slice(0, 2), OUTCOMES));
    expect([small.height, small.minWidth]).toEqual([SANKEY_LAYOUT.minHeight, SANKEY_LAYOUT.minWidth]);
  });
});

import fc from 'fast-check';
import {
  fitText,
  placeSankeyLabels,
  spreadRows,
  type SankeyNodeBox,
} from '../../admin-ui/src/paths/place-sankey-labels';

/** A stub of the canvas's measureText: 7 px a character. */
const measure = (text: string) => text.length * 7;
const AREA = { rowPx: 16, gapPx: 4, top: 0, bottom: 400, right: 1000, measure };

/** The last two columns of the demo's 4-step path: step 4's options and the outcomes, nodes 10–12 px apart. */
function lastColumns(): { nodes: SankeyNodeBox[]; labels: Record<string, string> } {
  const options = [
    'Kyllä, on välitön hengenvaara',
    'En ole vaarassa, mutta tarvitsen',
    'Olen lapsi tai nuori',
    'Haluan hakeutua hoitoon',
  ];
  const outcomes = [
    'Päivystysapu 116117',
    'Överföring: Kundtjänstchatt',
    'Överföring: Telefon',
    'MIELI ry:n Kriisipuhelin',
    'MLL:n Lasten ja nuorten puhelin',
  ];
  /** A column of 6 px nodes `step` px apart, 12 px wide at `left`. */
  const stacked = (prefix: string, count: number, column: number, left: number, top: number, step: number) =>
    Array.from({ length: count }, (_, i) => ({
      key: `${prefix}${i}`,
      column,
      left,
      right: left + 12,
      top: top + i * step,
      bottom: top + 6 + i * step,
    }));
  const nodes: SankeyNodeBox[] = [
    ...stacked('o', options.length, 7, 600, 300, 10),
    ...stacked('e', outcomes.length, 8, 800, 290, 11),
  ];
  const labels = Object.fromEntries([...options.map((l, i) => [`o${i}`, l]), ...outcomes.map((l, i) => [`e${i}`, l])]);
  return { nodes, labels };
}

const overlap = (a: { x: number; y: number; width: number }, b: typeof a, row: number) =>
  a.x < b.x + b.width && b.x < a.x + a.width && Math.abs(a.y - b.y) < row;

describe('labels of the branching Sankey', () => {
  it('never overlap on the demo path’s crowded last columns (fi and sv outcome names)', () => {
    const { nodes, labels } = lastColumns();
    const placed = placeSankeyLabels(nodes, { ...AREA, labels });
    const clashes = placed.flatMap((a, i) => placed.slice(i + 1).filter((b) => overlap(a, b, AREA.rowPx)));
    expect(clashes).toEqual([]);
    // Option labels end before the outcome column; outcome labels sit right of their nodes.
    for (const p of placed.filter((l) => l.key.startsWith('o'))) expect(p.x + p.width).toBeLessThanOrEqual(800 - 4);
    for (const p of placed.filter((l) => l.key.startsWith('e'))) expect(p.x).toBe(816);
    expect(placed.find((p) => p.key === 'e4')!.text).toBe('MLL:n Lasten ja nuorten p…');
    expect(placed.find((p) => p.key === 'o1')!.text).toBe('En ole vaarassa, mutta t…');
  });

  it('never overlap, for any nodes of any column (property)', () => {
    const node = fc.record({
      column: fc.integer({ min: 0, max: 8 }),
      top: fc.integer({ min: 0, max: 380 }),
      size: fc.integer({ min: 1, max: 60 }),
      label: fc.string({ maxLength: 40 }),
    });
    fc.assert(
      fc.property(fc.array(node, { maxLength: 20 }), (raw) => {
        const nodes = raw.map((n, i) => ({
          key: `n${i}`,
          column: n.column,
          left: n.column * 100,
          right: n.column * 100 + 12,
          top: n.top,
          bottom: Math.min(400, n.top + n.size),
        }));
        const labels = Object.fromEntries(raw.map((n, i) => [`n${i}`, n.label]));
        const placed = placeSankeyLabels(nodes, { ...AREA, labels });
        return placed.every((a, i) => placed.slice(i + 1).every((b) => !overlap(a, b, AREA.rowPx)));
      }),
    );
  });

  it('spreads middles at least one row apart, as near as they can be to their nodes', () => {
    expect(spreadRows([100, 101, 102], 16, 0, 400)).toEqual([100, 116, 132]);
    expect(spreadRows([390, 395], 16, 0, 400)).toEqual([376, 392]);
    expect(spreadRows([50, 200], 16, 0, 400)).toEqual([50, 200]);
  });

  it('cuts a text to the width with "…" and keeps a short one whole', () => {
    expect(fitText('Päivystysapu 116117', 70, measure)).toBe('Päivystys…');
    expect(measure(fitText('Päivystysapu 116117', 70, measure))).toBeLessThanOrEqual(70);
    expect(fitText('Telefon', 70, measure)).toBe('Telefon');
  });
});

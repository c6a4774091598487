import { layoutGraph, type GraphEdge, type GraphNode } from '../../cms/src/admin/designer/layout-graph';
import type { DesignerStep } from '../../cms/src/designer/designer-path';
import { designerOption as option } from '../fixtures/designer-option';

/** "Do you need help now?": five options from the first step, two of them to further steps. */
const STEPS: DesignerStep[] = [
  {
    key: 'apu-nyt',
    prompt: { fi: 'Tarvitsetko apua nyt?', sv: 'Behöver du hjälp nu?' },
    options: [
      option('Hätätilanne', 'Nödsituation', { target: 'handoff', handoff: 'phone' }),
      option('Kiireellinen mutta ei hätä', 'Brådskande men inte nöd', { target: 'step', step: 'kiire' }),
      option('Ei kiireellinen', 'Inte brådskande', { target: 'answer', answer: 'omaolo' }),
      option('Haluan varata ajan', 'Jag vill boka tid', { target: 'partner', partner: 'ajanvaraus' }),
      option('En tiedä', 'Jag vet inte', { target: 'step', step: 'kysy' }),
    ],
  },
  {
    key: 'kiire',
    prompt: { fi: 'Soita päivystysapuun', sv: 'Ring jourhjälpen' },
    options: [
      option('Soita 116117', 'Ring 116117', { target: 'handoff', handoff: 'phone' }),
      option('Valmis', 'Klar', { target: 'end' }),
    ],
  },
  {
    key: 'kysy',
    prompt: { fi: 'Kuvaile tilannetta', sv: 'Beskriv situationen' },
    options: [option('Takaisin alkuun', 'Tillbaka till början', { target: 'step', step: 'apu-nyt' })],
  },
];

type Box = { left: number; top: number; right: number; bottom: number };
const nodeBox = (n: GraphNode): Box => ({ left: n.x, top: n.y, right: n.x + n.width, bottom: n.y + n.height });
const labelBox = ({ label: l }: GraphEdge): Box => ({
  left: l.x - l.width / 2,
  top: l.y - l.height / 2,
  right: l.x + l.width / 2,
  bottom: l.y + l.height / 2,
});
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the path graph layout', () => {
  const { nodes, edges } = layoutGraph(STEPS);

  it('has a node per step and target and an arrow per option', () => {
    expect(nodes.filter((n) => n.kind === 'step')).toHaveLength(3);
    expect(edges.map((e) => e.id)).toEqual([
      'option:0:0',
      'option:0:1',
      'option:0:2',
      'option:0:3',
      'option:0:4',
      'option:1:0',
      'option:1:1',
      'option:2:0',
    ]);
  });

  it('gives every arrow label a place of its own: on no other label and on no node', () => {
    const labels = edges.map(labelBox);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect([edges[i].id, overlap(a, b)]).toEqual([edges[i].id, false]);
      for (const n of nodes) expect([edges[i].id, n.id, overlap(a, nodeBox(n))]).toEqual([edges[i].id, n.id, false]);
    }
  });

  it('routes each arrow from its step through its label to its target', () => {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const e of edges) {
      const first = e.points[0];
      const last = e.points[e.points.length - 1];
      const [from, to] = [byId.get(e.source)!, byId.get(e.target)!];
      // Both ends on the nodes' outlines (dagre's ends), the label's middle on the route.
      const near = (p: { x: number; y: number }, n: GraphNode) =>
        p.x >= n.x - 1 && p.x <= n.x + n.width + 1 && p.y >= n.y - 1 && p.y <= n.y + n.height + 1;
      expect([e.id, near(first, from), near(last, to)]).toEqual([e.id, true, true]);
      expect(e.points).toContainEqual({ x: e.label.x, y: e.label.y });
    }
  });
});

import {
  SIMULATION_DEFAULTS,
  simulateResources,
  type SimulationInput,
} from '../../cms/src/analytics/resource-simulation';

/** Hand-computed: 60,000 calls × 6 min = 6,000 h; 6,000 messages × 10 min = 1,000 h; the bot's contacts take no staff time. */
const INPUT: SimulationInput = {
  startYear: 2026,
  ...SIMULATION_DEFAULTS,
  channels: [
    { name: 'Puhelut', contacts: 60_000, minutes: 6, changes: [-10, -5] },
    { name: 'Botti', contacts: 12_000, minutes: 0, changes: [50, 20] },
    { name: 'Viestit', contacts: 6_000, minutes: 10, changes: [0, 10] },
  ],
};

describe('resource simulation', () => {
  it('the study defaults: 35 €/h, 59,290 €/person-year and the 1,694 productive hours that make them agree', () => {
    expect(SIMULATION_DEFAULTS).toEqual({ hourlyCost: 35, yearlySalaryCost: 59_290, productiveHoursPerPerson: 1694 });
  });

  it('per channel: contacts change year on year, hours = contacts × minutes / 60, persons = hours / productive hours', () => {
    const { channels } = simulateResources(INPUT);
    const calls = channels[0].years;
    expect(calls.map((y) => y.year)).toEqual([2026, 2027, 2028]);
    expect(calls.map((y) => y.contacts)).toEqual([60_000, 54_000, 51_300]); // −10 %, then −5 % of 54,000
    expect(calls.map((y) => y.hours)).toEqual([6000, 5400, 5130]);
    expect(calls[0].persons).toBeCloseTo(6000 / 1694, 10); // 3.5419 persons
    expect(calls.map((y) => Math.round(y.salaryCost))).toEqual([210_000, 189_000, 179_550]);
    expect(channels[1].years.map((y) => Math.round(y.contacts))).toEqual([12_000, 18_000, 21_600]);
    expect(channels[1].years.map((y) => y.hours)).toEqual([0, 0, 0]);
    expect(channels[2].years.map((y) => Math.round(y.hours))).toEqual([1000, 1000, 1100]);
  });

  it('totals per year and the change against the start year', () => {
    const { totals, changes } = simulateResources(INPUT);
    expect(totals.map((y) => Math.round(y.contacts))).toEqual([78_000, 78_000, 79_500]);
    expect(totals.map((y) => Math.round(y.hours))).toEqual([7000, 6400, 6230]);
    expect(totals[0].persons).toBeCloseTo(4.1322, 4);
    expect(totals.map((y) => Math.round(y.salaryCost))).toEqual([245_000, 224_000, 218_050]);
    expect(changes.map((y) => Math.round(y.hours))).toEqual([0, -600, -770]);
    expect(changes.map((y) => Math.round(y.salaryCost))).toEqual([0, -21_000, -26_950]);
    expect(changes[1].persons).toBeCloseTo(-600 / 1694, 10);
    expect(changes.map((y) => y.rate)).toEqual([0, expect.closeTo(-0.085714, 6), expect.closeTo(-0.11, 10)]);
  });

  it('salary cost follows persons and hour cost follows hours when the productive hours differ', () => {
    const [start] = simulateResources({ ...INPUT, productiveHoursPerPerson: 1600 }).totals;
    expect(start.persons).toBe(4.375); // 7,000 h / 1,600 h
    expect(start.salaryCost).toBeCloseTo(259_393.75, 6); // 4.375 × 59,290 €
    expect(start.hourCost).toBe(245_000); // 7,000 h × 35 €
  });

  it('no contacts: no change rate to divide by', () => {
    const { changes } = simulateResources({ ...INPUT, channels: [] });
    expect(changes.map((c) => c.rate)).toEqual([null, null, null]);
  });
});

import {
  generateUsage,
  estimateUsageEvents,
  usageContentFromDemo,
  UNANSWERED_QUESTIONS,
  type UsageContent,
  type UsageItem,
  type UsageEvent,
  type UsageAsk,
  type UsageOptions,
} from '../../seeds/src/usage';
import { redactPersonalData } from '../../cms/src/privacy/redact-personal-data';

const content: UsageContent = usageContentFromDemo();
// Helsinki midnight 2026-01-01: the history covers Jan 2024 … Dec 2025.
const END = new Date('2026-01-01T00:00:00+02:00');
const START = new Date('2024-01-01T00:00:00+02:00');
const OPTIONS: UsageOptions = { end: END };

const COMMON = ['id', 'type', 'sessionId', 'timestamp', 'channel', 'locale', 'audience'];
const EXTRA: Record<UsageEvent['type'], string[]> = {
  conversation_started: [],
  message: ['role'],
  path_started: ['pathSlug'],
  path_step: ['pathSlug', 'stepKey', 'option'],
  path_completed: ['pathSlug'],
  path_abandoned: ['pathSlug', 'stepKey'],
  answer_shown: ['answerSlug'],
  partner_link_clicked: ['partnerSlug'],
  handoff_requested: ['handoffChannel', 'reason', 'urgency'],
  feedback: [], // checked separately: exactly one of answerSlug / pathSlug, helpful, optional comment
  conversation_ended: [],
};
const ASK_KEYS = [
  'askedAt',
  'sessionId',
  'locale',
  'audience',
  'channel',
  'question',
  'answered',
  'answerSlug',
  'answerKind',
  'score',
];
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const sorted = (keys: string[]) => [...keys].sort().join(',');

const helsinki = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  hourCycle: 'h23',
});
function helsinkiParts(iso: string) {
  const parts = Object.fromEntries(helsinki.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return { month: `${parts.year}-${parts.month}`, weekday: parts.weekday, hour: Number(parts.hour) };
}

function take(n: number, options: UsageOptions): UsageItem[] {
  const out: UsageItem[] = [];
  for (const item of generateUsage(content, options)) {
    out.push(item);
    if (out.length >= n) break;
  }
  return out;
}

/** Everything the assertions need, collected in one streaming pass over a full default run. */
interface Stats {
  events: number;
  asks: number;
  unanswered: number;
  unansweredWithPersonalData: number;
  badIdentityCodes: string[];
  outOfOrder: number;
  outOfWindow: number;
  duplicateIds: number;
  conversationsByMonth: Map<string, number>;
  conversationsByWeekday: Map<string, number>;
  mondayByHour: number[];
  conversations: number;
  audiences: Record<string, number>;
  locales: Record<string, number>;
  handoffSessions: number;
  urgentHandoffs: { emergency: number; urgent: number; outsideEmergencyPath: number };
  feedback: number;
  helpful: number;
  comments: number;
  ended: number;
  pathStarts: number;
  pathAbandons: number;
  pathSteps: number;
  questionsPerConversation: Map<number, number>;
  wireProblems: string[];
  pathProblems: string[];
  askProblems: string[];
}

function collect(options: UsageOptions): Stats {
  const s: Stats = {
    events: 0,
    asks: 0,
    unanswered: 0,
    unansweredWithPersonalData: 0,
    badIdentityCodes: [],
    outOfOrder: 0,
    outOfWindow: 0,
    duplicateIds: 0,
    conversationsByMonth: new Map(),
    conversationsByWeekday: new Map(),
    mondayByHour: new Array(24).fill(0),
    conversations: 0,
    audiences: {},
    locales: {},
    handoffSessions: 0,
    urgentHandoffs: { emergency: 0, urgent: 0, outsideEmergencyPath: 0 },
    feedback: 0,
    helpful: 0,
    comments: 0,
    ended: 0,
    pathStarts: 0,
    pathAbandons: 0,
    pathSteps: 0,
    questionsPerConversation: new Map(),
    wireProblems: [],
    pathProblems: [],
    askProblems: [],
  };
  const ids = new Set<string>();
  const paths = new Map(content.paths.map((p) => [p.slug, new Map(p.steps.map((st) => [st.key, st]))]));
  const firstStep = new Map(content.paths.map((p) => [p.slug, p.steps[0].key]));
  const emergencyPaths = new Set(content.paths.filter((p) => p.urgentPhrasings).map((p) => p.slug));
  const answers = new Set(content.answers.map((a) => a.slug));
  const partners = new Set(content.partners);
  // Per session: the step the path walk is at (or 'done' when an exit option was chosen), what an answered ask promised,
  // questions asked, emergency path walked, handoff seen.
  const walk = new Map<string, { path: string; step: string | null }>();
  const promised = new Map<string, { kind: 'answer' | 'path'; slug: string }>();
  const questions = new Map<string, number>();
  const walkedEmergency = new Set<string>();
  const handedOff = new Set<string>();
  const problem = (list: string[], text: string) => {
    if (list.length < 20) list.push(text);
  };
  let last = -Infinity;

  for (const item of generateUsage(content, options)) {
    const time = Date.parse(item.kind === 'event' ? item.event.timestamp : item.ask.askedAt);
    if (time < last) s.outOfOrder++;
    last = time;
    if (time < START.getTime() || time >= END.getTime()) s.outOfWindow++;

    if (item.kind === 'ask') {
      const a: UsageAsk = item.ask;
      s.asks++;
      // `intent` labels an unanswered ask for measuring the grouping; the import never stores or sends it.
      const keys = Object.keys(a).filter((k) => k !== 'intent');
      if (sorted(keys) !== sorted(ASK_KEYS)) problem(s.wireProblems, `ask keys ${Object.keys(a)}`);
      if (!ISO.test(a.askedAt) || typeof a.question !== 'string' || !a.question)
        problem(s.wireProblems, `ask ${JSON.stringify(a)}`);
      questions.set(a.sessionId, (questions.get(a.sessionId) ?? 0) + 1);
      if (a.answered) {
        if (
          !a.answerSlug ||
          !(a.answerKind === 'answer' ? answers.has(a.answerSlug) : a.answerKind === 'path' && paths.has(a.answerSlug))
        ) {
          problem(s.askProblems, `answered ask with unknown target ${JSON.stringify(a)}`);
        }
        promised.set(a.sessionId, { kind: a.answerKind!, slug: a.answerSlug! });
      } else {
        s.unanswered++;
        if (a.answerSlug !== null || a.answerKind !== null)
          problem(s.askProblems, `unanswered ask with a target ${JSON.stringify(a)}`);
        const codes = a.question.match(/\b\d{6}[-A]\d{3}[0-9A-Y]\b/g) ?? [];
        for (const code of codes) {
          const expected = '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(code.slice(0, 6) + code.slice(7, 10)) % 31];
          if (code[10] !== expected || Number(code.slice(7, 10)) < 900) s.badIdentityCodes.push(code);
        }
        if (redactPersonalData(a.question) !== a.question) s.unansweredWithPersonalData++;
      }
      continue;
    }

    const e = item.event;
    s.events++;
    if (ids.has(e.id)) s.duplicateIds++;
    ids.add(e.id);
    const keys = Object.keys(e);
    if (e.type === 'feedback') {
      const f = e as unknown as Record<string, unknown>;
      const target = 'answerSlug' in f ? 'answerSlug' : 'pathSlug';
      const want = [...COMMON, target, 'helpful', ...('comment' in f ? ['comment'] : [])];
      if (sorted(keys) !== sorted(want) || typeof f.helpful !== 'boolean')
        problem(s.wireProblems, `feedback ${JSON.stringify(e)}`);
      if ('comment' in f && (typeof f.comment !== 'string' || !f.comment))
        problem(s.wireProblems, `empty comment ${JSON.stringify(e)}`);
      const slug = f[target] as string;
      if (target === 'answerSlug' ? !answers.has(slug) : !paths.has(slug))
        problem(s.wireProblems, `feedback on unknown ${slug}`);
    } else if (!(e.type in EXTRA) || sorted(keys) !== sorted([...COMMON, ...EXTRA[e.type]])) {
      problem(s.wireProblems, `${e.type} keys ${keys}`);
    }
    if (!ISO.test(e.timestamp) || new Date(e.timestamp).toISOString() !== e.timestamp)
      problem(s.wireProblems, `timestamp ${e.timestamp}`);
    if (typeof e.sessionId !== 'string' || !e.sessionId || e.sessionId.length > 100)
      problem(s.wireProblems, `sessionId ${e.sessionId}`);
    if (!['web_chat', 'phone_bot', 'professional_chat'].includes(e.channel))
      problem(s.wireProblems, `channel ${e.channel}`);
    if (e.channel === 'professional_chat' && e.audience !== 'professional')
      problem(s.wireProblems, `professional_chat for ${e.audience}`);
    if (!['fi', 'sv'].includes(e.locale)) problem(s.wireProblems, `locale ${e.locale}`);
    if (!['resident', 'professional', 'business', 'city'].includes(e.audience))
      problem(s.wireProblems, `audience ${e.audience}`);

    const sid = e.sessionId;
    switch (e.type) {
      case 'conversation_started': {
        s.conversations++;
        const { month, weekday, hour } = helsinkiParts(e.timestamp);
        s.conversationsByMonth.set(month, (s.conversationsByMonth.get(month) ?? 0) + 1);
        s.conversationsByWeekday.set(weekday, (s.conversationsByWeekday.get(weekday) ?? 0) + 1);
        if (weekday === 'Mon') s.mondayByHour[hour]++;
        s.audiences[e.audience] = (s.audiences[e.audience] ?? 0) + 1;
        s.locales[e.locale] = (s.locales[e.locale] ?? 0) + 1;
        break;
      }
      case 'message':
        if (e.role !== 'user' && e.role !== 'bot') problem(s.wireProblems, `role ${e.role}`);
        if (e.role === 'user') {
          if (promised.has(sid)) problem(s.askProblems, `${sid}: answered ask not followed by its answer/path`);
          if (walk.get(sid)?.step) problem(s.pathProblems, `${sid}: path walk neither completed nor abandoned`);
        }
        break;
      case 'answer_shown':
        if (!answers.has(e.answerSlug)) problem(s.wireProblems, `unknown answer ${e.answerSlug}`);
        if (promised.get(sid)?.kind === 'answer') {
          if (promised.get(sid)!.slug !== e.answerSlug)
            problem(s.askProblems, `${sid}: asked ${promised.get(sid)!.slug}, shown ${e.answerSlug}`);
          promised.delete(sid);
        }
        break;
      case 'partner_link_clicked':
        if (!partners.has(e.partnerSlug)) problem(s.wireProblems, `unknown partner ${e.partnerSlug}`);
        break;
      case 'path_started': {
        s.pathStarts++;
        if (!paths.has(e.pathSlug)) {
          problem(s.pathProblems, `unknown path ${e.pathSlug}`);
          break;
        }
        const p = promised.get(sid);
        if (!p || p.kind !== 'path' || p.slug !== e.pathSlug)
          problem(s.askProblems, `${sid}: path ${e.pathSlug} started without an ask for it`);
        promised.delete(sid);
        walk.set(sid, { path: e.pathSlug, step: firstStep.get(e.pathSlug)! });
        if (emergencyPaths.has(e.pathSlug)) walkedEmergency.add(sid);
        break;
      }
      case 'path_step': {
        s.pathSteps++;
        const w = walk.get(sid);
        const steps = paths.get(e.pathSlug);
        const step = steps?.get(e.stepKey);
        if (!w || w.path !== e.pathSlug || !step) {
          problem(s.pathProblems, `${sid}: step ${e.pathSlug}/${e.stepKey} outside a walk or unknown`);
          break;
        }
        if (w.step !== e.stepKey) problem(s.pathProblems, `${sid}: at ${w.step} but stepped ${e.stepKey}`);
        // path_step names the chosen option by its key.
        const chosen = step.options.find((o) => o.key === e.option);
        if (!chosen) {
          problem(s.pathProblems, `${sid}: option ${e.option} of ${e.stepKey}`);
          break;
        }
        const to = chosen.to;
        if (to.step !== undefined && !steps!.has(to.step)) problem(s.pathProblems, `content: missing step ${to.step}`);
        w.step = to.step ?? null;
        break;
      }
      case 'path_completed': {
        const w = walk.get(sid);
        if (!w || w.path !== e.pathSlug || w.step !== null)
          problem(s.pathProblems, `${sid}: completed ${e.pathSlug} without choosing an exit option`);
        walk.delete(sid);
        break;
      }
      case 'path_abandoned': {
        s.pathAbandons++;
        const w = walk.get(sid);
        if (!w || w.path !== e.pathSlug || w.step !== e.stepKey || !paths.get(e.pathSlug)?.has(e.stepKey)) {
          problem(s.pathProblems, `${sid}: abandoned ${e.pathSlug}/${e.stepKey} but walk is at ${w?.step}`);
        }
        walk.delete(sid);
        break;
      }
      case 'handoff_requested':
        if (
          !['live_chat', 'callback', 'video', 'phone'].includes(e.handoffChannel) ||
          !['no_answer', 'user_request', 'urgent_symptoms', 'complex_case', 'technical_problem'].includes(e.reason) ||
          !['emergency', 'urgent', 'normal'].includes(e.urgency)
        )
          problem(s.wireProblems, `handoff ${JSON.stringify(e)}`);
        if (!handedOff.has(sid)) s.handoffSessions++;
        handedOff.add(sid);
        if (e.reason === 'urgent_symptoms') {
          if (e.urgency === 'emergency') s.urgentHandoffs.emergency++;
          if (e.urgency === 'urgent') s.urgentHandoffs.urgent++;
          if (!walkedEmergency.has(sid) || e.urgency === 'normal') s.urgentHandoffs.outsideEmergencyPath++;
        }
        break;
      case 'feedback':
        s.feedback++;
        if (e.helpful) s.helpful++;
        if (e.comment) s.comments++;
        break;
      case 'conversation_ended': {
        s.ended++;
        if (promised.has(sid)) problem(s.askProblems, `${sid}: ended before its answer/path`);
        const n = questions.get(sid) ?? 0;
        s.questionsPerConversation.set(n, (s.questionsPerConversation.get(n) ?? 0) + 1);
        questions.delete(sid);
        walk.delete(sid);
        promised.delete(sid);
        walkedEmergency.delete(sid);
        handedOff.delete(sid);
        break;
      }
    }
  }
  return s;
}

describe('generateUsage', () => {
  let s: Stats;
  beforeAll(() => {
    s = collect(OPTIONS);
  });

  it('is deterministic: the same seed gives the same items, another seed different ones', () => {
    const a = JSON.stringify(take(1000, { end: END, seed: 2026 }));
    const b = JSON.stringify(take(1000, { end: END, seed: 2026 }));
    const c = JSON.stringify(take(1000, { end: END, seed: 7 }));
    expect(a).toBe(b);
    // Another seed changes the history itself, not just the seed inside ids and session ids.
    const withoutIds = (json: string) => json.replace(/"(id|sessionId)":"[^"]*",/g, '');
    expect(withoutIds(c)).not.toBe(withoutIds(a));
    expect(JSON.stringify(take(1000, OPTIONS))).toBe(a); // 2026 is the default seed
    expect(take(1, OPTIONS)[0]).toMatchObject({
      kind: 'event',
      event: { type: 'conversation_started', id: 'gen-2026-0' },
    });
  });

  it('streams lazily (the first item of a huge history comes at once)', () => {
    const started = Date.now();
    const first = generateUsage(content, { end: END, scale: 500 }).next();
    expect(first.done).toBe(false);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('yields items in non-decreasing time order inside [end − months, end)', () => {
    expect(s.events).toBeGreaterThan(0);
    expect(s.outOfOrder).toBe(0);
    expect(s.outOfWindow).toBe(0);
  });

  it('has the expected size with the defaults (150k–300k items)', () => {
    expect(s.events + s.asks).toBeGreaterThanOrEqual(150_000);
    expect(s.events + s.asks).toBeLessThanOrEqual(300_000);
    const estimate = estimateUsageEvents(OPTIONS);
    expect(Math.abs(estimate - s.events) / s.events).toBeLessThan(0.1);
  });

  it('gives every event a unique id', () => {
    expect(s.duplicateIds).toBe(0);
  });

  it('uses exactly the wire-format fields of each event type and of asks', () => {
    expect(s.wireProblems).toEqual([]);
  });

  it('grows month by month: the last 3 months have ≥ 1.6 × the conversations of the first 3', () => {
    const months = [...s.conversationsByMonth.keys()].sort();
    expect(months).toHaveLength(24);
    expect(months[0]).toBe('2024-01');
    const total = (keys: string[]) => keys.reduce((sum, k) => sum + s.conversationsByMonth.get(k)!, 0);
    expect(total(months.slice(-3))).toBeGreaterThanOrEqual(1.6 * total(months.slice(0, 3)));
  });

  it('dips in summer: July is lower than June and May', () => {
    for (const year of ['2024', '2025']) {
      const m = (mm: string) => s.conversationsByMonth.get(`${year}-${mm}`)!;
      expect(m('07')).toBeLessThan(m('06'));
      expect(m('07')).toBeLessThan(m('05'));
      expect(m('07')).toBeLessThan(0.85 * m('05'));
    }
  });

  it('peaks in flu season: January is busier than the preceding September', () => {
    expect(s.conversationsByMonth.get('2025-01')!).toBeGreaterThan(1.1 * s.conversationsByMonth.get('2024-09')!);
  });

  it('follows the week: Monday busiest, weekends ≈ 40 % of a weekday, Monday-morning peak', () => {
    const day = (d: string) => s.conversationsByWeekday.get(d) ?? 0;
    const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
    for (const d of ['Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']) expect(day('Mon')).toBeGreaterThan(day(d));
    const weekdayMean = weekdays.reduce((sum, d) => sum + day(d), 0) / 5;
    expect(day('Sun') / weekdayMean).toBeGreaterThan(0.25);
    expect(day('Sun') / weekdayMean).toBeLessThan(0.55);
    const peakHour = s.mondayByHour.indexOf(Math.max(...s.mondayByHour));
    expect(peakHour).toBeGreaterThanOrEqual(8);
    expect(peakHour).toBeLessThanOrEqual(11);
    const night = s.mondayByHour.slice(1, 5).reduce((a, b) => a + b, 0) / 4;
    const evening = s.mondayByHour.slice(18, 22).reduce((a, b) => a + b, 0) / 4;
    expect(night * 5).toBeLessThan(s.mondayByHour[peakHour] / 4);
    expect(evening).toBeGreaterThan(night * 3);
  });

  it('walks paths along real options of the content: every step exists and follows the previous choice', () => {
    expect(s.pathSteps).toBeGreaterThan(1000);
    expect(s.pathProblems).toEqual([]);
  });

  it('answers asks with the asked content: answer_shown / path_started match the answered ask', () => {
    expect(s.askProblems).toEqual([]);
  });

  it('leaves 12–25 % of asks unanswered, ~5 % of them with personal data (valid test identity codes)', () => {
    const share = s.unanswered / s.asks;
    expect(share).toBeGreaterThanOrEqual(0.12);
    expect(share).toBeLessThanOrEqual(0.25);
    expect(s.unansweredWithPersonalData / s.unanswered).toBeGreaterThan(0.02);
    expect(s.unansweredWithPersonalData / s.unanswered).toBeLessThan(0.1);
    expect(s.badIdentityCodes).toEqual([]);
  });

  it('has realistic conversation rates', () => {
    const c = s.conversations;
    expect(s.handoffSessions / c).toBeGreaterThan(0.07);
    expect(s.handoffSessions / c).toBeLessThan(0.13);
    expect(s.feedback / c).toBeGreaterThan(0.12);
    expect(s.feedback / c).toBeLessThan(0.18);
    expect(s.helpful / s.feedback).toBeGreaterThan(0.65);
    expect(s.helpful / s.feedback).toBeLessThan(0.85);
    expect(s.comments / s.feedback).toBeGreaterThan(0.05);
    expect(s.comments / s.feedback).toBeLessThan(0.15);
    expect(s.ended / c).toBeGreaterThan(0.85);
    expect(s.ended / c).toBeLessThan(0.95);
    expect(s.pathAbandons / s.pathStarts).toBeGreaterThan(0.17);
    expect(s.pathAbandons / s.pathStarts).toBeLessThan(0.33);
    expect([...s.questionsPerConversation.keys()].every((n) => n >= 1 && n <= 4)).toBe(true);
    expect(s.locales.sv / c).toBeGreaterThan(0.06);
    expect(s.locales.sv / c).toBeLessThan(0.1);
    const expected = { resident: 0.7, professional: 0.12, business: 0.1, city: 0.08 };
    for (const [audience, share] of Object.entries(expected))
      expect(Math.abs(s.audiences[audience] / c - share)).toBeLessThan(0.03);
  });

  it('sends urgent asks to emergency paths and hands them off as urgent_symptoms', () => {
    expect(s.urgentHandoffs.emergency).toBeGreaterThan(0);
    expect(s.urgentHandoffs.urgent).toBeGreaterThan(0);
    expect(s.urgentHandoffs.outsideEmergencyPath).toBe(0);
  });

  it('scales conversation counts with scale', () => {
    const count = (scale: number) => {
      let n = 0;
      for (const item of generateUsage(content, { end: END, months: 2, scale }))
        if (item.kind === 'event' && item.event.type === 'conversation_started') n++;
      return n;
    };
    const ratio = count(3) / count(1);
    expect(ratio).toBeGreaterThan(2.7);
    expect(ratio).toBeLessThan(3.3);
  });

  it('rejects invalid options', () => {
    expect(() => generateUsage(content, { end: new Date('nope') }).next()).toThrow(RangeError);
    expect(() => generateUsage(content, { end: END, months: 0 }).next()).toThrow(RangeError);
    expect(() => generateUsage(content, { end: END, scale: -1 }).next()).toThrow(RangeError);
  });
});

describe('UNANSWERED_QUESTIONS', () => {
  it('has ≥ 40 Finnish and ≥ 15 Swedish questions with 2–4 distinct variants each', () => {
    expect(UNANSWERED_QUESTIONS.fi.length).toBeGreaterThanOrEqual(40);
    expect(UNANSWERED_QUESTIONS.sv.length).toBeGreaterThanOrEqual(15);
    for (const variants of [...UNANSWERED_QUESTIONS.fi, ...UNANSWERED_QUESTIONS.sv]) {
      expect(variants.length).toBeGreaterThanOrEqual(2);
      expect(variants.length).toBeLessThanOrEqual(4);
      expect(new Set(variants).size).toBe(variants.length);
    }
  });

  it('does not overlap the phrasings of the knowledge base', () => {
    const known = new Set(
      content.answers.flatMap((a) => [...a.phrasings.fi, ...a.phrasings.sv]).map((p) => p.toLowerCase()),
    );
    const overlap = [...UNANSWERED_QUESTIONS.fi, ...UNANSWERED_QUESTIONS.sv]
      .flat()
      .filter((q) => known.has(q.toLowerCase()));
    expect(overlap).toEqual([]);
  });
});

import { AUDIENCES } from '@botkb/contract';
import type { Audience, Locale } from '../content-types';
import { CONTENT_POPULARITY } from './content-popularity';
import { createRandom, type Random } from './create-random';
import { FEEDBACK_COMMENTS } from './feedback-comments';
import { fillPersonalData } from './fill-personal-data';
import { helsinkiLocalToUtc } from './helsinki-local-to-utc';
import { helsinkiOffsetMinutes } from './helsinki-offset-minutes';
import { PERSONAL_DATA_QUESTIONS } from './personal-data-questions';
import { planUsage, type UsageDay } from './plan-usage';
import { UNANSWERED_QUESTIONS } from './unanswered-questions';
import type { UsageContent, UsageOptionTarget, UsagePhrasings } from './usage-content';
import type {
  HandoffChannel,
  HandoffReason,
  HandoffUrgency,
  UsageAsk,
  UsageChannel,
  UsageEvent,
  UsageItem,
} from './usage-event';
import type { UsageOptions } from './usage-options';
import { hash01 } from './hash01';
import { varyQuestion } from './vary-question';

const HOUR = 3_600_000;

/** Local-hour profiles (Europe/Helsinki), relative weights for hours 0–23. */
const HOURS_WEEKDAY = [
  0.25, 0.15, 0.1, 0.08, 0.08, 0.15, 0.5, 1.6, 4.0, 4.6, 4.3, 3.6, 3.2, 3.4, 3.2, 2.8, 2.2, 1.8, 1.7, 1.8, 1.7, 1.4,
  0.9, 0.5,
];
const HOURS_MONDAY = HOURS_WEEKDAY.map((w, h) => (h >= 8 && h <= 11 ? w * 1.35 : w));
const HOURS_WEEKEND = [
  0.4, 0.3, 0.2, 0.12, 0.1, 0.12, 0.25, 0.5, 1.0, 1.6, 2.0, 2.2, 2.1, 2.0, 1.9, 1.8, 1.8, 1.9, 2.0, 2.0, 1.8, 1.5, 1.1,
  0.7,
];
/** Audience mix (resident, professional, business, city) in office hours and otherwise; overall ≈ 70/12/10/8 %. */
const AUDIENCE_OFFICE = cumulative([64, 15, 12, 9]);
const AUDIENCE_OTHER = cumulative([82, 6, 5, 7]);
const HOURS_WEEKDAY_CUM = cumulative(HOURS_WEEKDAY);
const HOURS_MONDAY_CUM = cumulative(HOURS_MONDAY);
const HOURS_WEEKEND_CUM = cumulative(HOURS_WEEKEND);
/** Questions per conversation: 1–4. */
const QUESTION_COUNT = cumulative([32, 30, 21, 17]);

const P_SWEDISH = 0.08;
const P_URGENT_ASK = 0.025; // residents only
const P_UNANSWERED = 0.145;
const P_REPHRASE = 0.4; // after an unanswered ask, the next ask rewords it
const P_PERSONAL_DATA = 0.065; // of fresh unanswered asks (≈ 5 % of all unanswered, rewordings included)
const P_PATH: Record<Audience, number> = { resident: 0.28, professional: 0.3, business: 0.3, city: 0.25 };
const P_OTHER_AUDIENCE_CONTENT = 0.08;
const P_PARTNER_CLICK_ANSWER = 0.15;
const P_PARTNER_CLICK_PATH = 0.55;
const P_HANDOFF_UNANSWERED = 0.11;
const P_HANDOFF_ANSWER = 0.02;
const P_HANDOFF_ABANDONED_EMERGENCY = 0.3;
const P_HANDOFF_AFTER_112 = 0.25;
const P_HANDOFF_TECHNICAL = 0.004;
const P_FEEDBACK = 0.17; // of conversations that showed an answer or a path
const P_COMMENT = 0.1;
const P_ENDED = 0.9;
const MAX_PATH_DEPTH = 6;

function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  return out;
}

function phrasingsOf(p: UsagePhrasings | undefined, fallback: string): Record<Locale, readonly string[]> {
  const fi = p?.fi.length ? p.fi : [fallback];
  return { fi, sv: p?.sv.length ? p.sv : fi };
}

interface Answer {
  slug: string;
  audience: Audience;
  partners: readonly string[];
  /** Partners users click from the answer: emergency numbers only when there is nothing else. */
  clickable: readonly string[];
  handoff: HandoffChannel | null;
  phrasings: Record<Locale, readonly string[]>;
  quality: number; // probability that feedback is helpful
}

interface Step {
  key: string;
  targets: UsageOptionTarget[];
  /** The options' keys (path_step events name the chosen option by its key). */
  optionKeys: string[];
  normal: Float64Array;
  urgent: Float64Array;
  exits: Float64Array | null; // cumulative weights over non-step options only
}

interface Path {
  slug: string;
  audience: Audience;
  first: Step | null;
  steps: Map<string, Step>;
  phrasings: Record<Locale, readonly string[]>;
  urgentPhrasings: Record<Locale, readonly string[]> | null;
  quality: number;
}

type Pool<T> = { items: T[]; base: number[]; byMonth: Array<Float64Array | undefined> };

function isEmergencyPartner(slug: string): boolean {
  return slug.includes('112');
}
function isUrgentStep(key: string): boolean {
  return /kiire|kriisi|urgent|hata|häta/.test(key);
}

function prepareStep(step: UsageContent['paths'][number]['steps'][number]): Step {
  const targets = step.options.map((o) => o.to);
  // Self-service first: emergency numbers and human handoffs are chosen less often than their position suggests.
  const normal = targets.map(
    (to, i) => (to.partner && isEmergencyPartner(to.partner) ? 0.3 : to.handoff ? 0.45 : 1) / Math.sqrt(i + 1),
  );
  const urgent = targets.map(
    (to, i) =>
      (to.partner && isEmergencyPartner(to.partner) ? 6 : to.step && isUrgentStep(to.step) ? 3 : 1) / Math.sqrt(i + 1),
  );
  const exitWeights = targets.map((to, i) => (to.step ? 0 : normal[i]));
  return {
    key: step.key,
    targets,
    optionKeys: step.options.map((o) => o.key),
    normal: cumulative(normal),
    urgent: cumulative(urgent),
    exits: exitWeights.some((w) => w > 0) ? cumulative(exitWeights) : null,
  };
}

function rankWeights(slugs: string[]): number[] {
  const leaders = CONTENT_POPULARITY.leaders;
  const order = slugs
    .map((slug, i) => ({ i, lead: leaders.indexOf(slug), h: hash01(slug) }))
    .sort((a, b) =>
      a.lead >= 0 || b.lead >= 0 ? (a.lead < 0 ? 1e9 : a.lead) - (b.lead < 0 ? 1e9 : b.lead) : a.h - b.h,
    );
  const weights = new Array<number>(slugs.length);
  order.forEach((o, rank) => {
    weights[o.i] = 1 / Math.pow(rank + 1, 0.85);
  });
  return weights;
}

function pool<T extends { slug: string }>(items: T[]): Pool<T> {
  return { items, base: rankWeights(items.map((x) => x.slug)), byMonth: [] };
}

function poolTable<T extends { slug: string }>(p: Pool<T>, month: number): Float64Array {
  let table = p.byMonth[month];
  if (!table) {
    table = cumulative(p.items.map((x, i) => p.base[i] * (CONTENT_POPULARITY.seasonal[x.slug]?.[month] ?? 1)));
    p.byMonth[month] = table;
  }
  return table;
}

function prepare(content: UsageContent) {
  const answers = content.answers.map((a): Answer => ({
    slug: a.slug,
    audience: a.audience,
    partners: a.partners,
    handoff: a.handoff,
    clickable: a.partners.some((p) => !isEmergencyPartner(p))
      ? a.partners.filter((p) => !isEmergencyPartner(p))
      : a.partners,
    phrasings: phrasingsOf(a.phrasings, a.slug.replace(/-/g, ' ')),
    quality: 0.55 + 0.4 * hash01(`quality:${a.slug}`),
  }));
  const paths = content.paths.map((p): Path => {
    const steps = new Map<string, Step>();
    for (const s of p.steps) steps.set(s.key, prepareStep(s));
    const urgent =
      p.urgentPhrasings && (p.urgentPhrasings.fi.length || p.urgentPhrasings.sv.length)
        ? phrasingsOf(p.urgentPhrasings, p.slug)
        : null;
    return {
      slug: p.slug,
      audience: p.audience,
      first: p.steps.length ? steps.get(p.steps[0].key)! : null,
      steps,
      phrasings: phrasingsOf(p.phrasings, p.slug.replace(/-/g, ' ')),
      urgentPhrasings: urgent,
      quality: 0.6 + 0.35 * hash01(`quality:${p.slug}`),
    };
  });
  const answerBySlug = new Map(answers.map((a) => [a.slug, a]));
  const emergency = paths.filter((p) => p.urgentPhrasings && p.first);
  return {
    answerBySlug,
    answers: Object.fromEntries(
      AUDIENCES.map((aud) => [aud, pool(answers.filter((a) => a.audience === aud))]),
    ) as Record<Audience, Pool<Answer>>,
    paths: Object.fromEntries(
      AUDIENCES.map((aud) => [aud, pool(paths.filter((p) => p.audience === aud && p.first))]),
    ) as Record<Audience, Pool<Path>>,
    allAnswers: pool(answers),
    allPaths: pool(paths.filter((p) => p.first)),
    emergency: { items: emergency, table: cumulative(emergency.map((p) => (p.slug === 'tarvitsen-apua-nyt' ? 3 : 1))) },
    unanswered: {
      fi: cumulative(UNANSWERED_QUESTIONS.fi.map((_, r) => 1 / (r + 1))),
      sv: cumulative(UNANSWERED_QUESTIONS.sv.map((_, r) => 1 / (r + 1))),
    },
  };
}

/** A conversation's events, generated up front, waiting to be merged into the time-ordered stream. */
interface Pending {
  seq: number;
  times: number[];
  items: UsageItem[];
  pos: number;
}

function earlier(a: Pending, b: Pending): boolean {
  const ta = a.times[a.pos],
    tb = b.times[b.pos];
  return ta < tb || (ta === tb && a.seq < b.seq);
}

function siftUp(heap: Pending[], i: number): void {
  const x = heap[i];
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!earlier(x, heap[parent])) break;
    heap[i] = heap[parent];
    i = parent;
  }
  heap[i] = x;
}

function siftDown(heap: Pending[], i: number): void {
  const x = heap[i],
    n = heap.length;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && earlier(heap[child + 1], heap[child])) child++;
    if (!earlier(heap[child], x)) break;
    heap[i] = heap[child];
    i = child;
  }
  heap[i] = x;
}

function poisson(random: Random, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * random.gaussian()));
  const limit = Math.exp(-lambda);
  let k = 0,
    p = random.next();
  while (p > limit) {
    k++;
    p *= random.next();
  }
  return k;
}

/**
 * Streams a realistic, deterministic usage history of the chatbot: events in
 * the bot-events wire format and asks as the server's ask log records them,
 * in non-decreasing time order. Memory stays bounded by one day of
 * conversation start times plus the conversations still in progress.
 */
export function* generateUsage(content: UsageContent, options: UsageOptions): Generator<UsageItem> {
  const plan = planUsage(options);
  const { seed, startMs, endMs } = plan;
  const random = createRandom(seed);
  const kb = prepare(content);
  const idPrefix = `gen-${seed}-`;
  const sessionPrefix = `-${seed.toString(36)}-`;
  let eventCounter = 0;
  let conversationCounter = 0;

  // ---- conversation start times, one Helsinki day at a time ----
  const days = plan.days();
  let starts = new Float64Array(0);
  let startCount = 0,
    startIndex = 0;
  let day: UsageDay | null = null;

  function nextStart(): number {
    for (;;) {
      while (startIndex < startCount) {
        const t = starts[startIndex++];
        if (t >= startMs && t < endMs) return t;
      }
      const step = days.next();
      if (step.done) return Infinity;
      day = step.value;
      if (day.endMs <= startMs) {
        startCount = 0;
        continue;
      }
      const hours =
        day.holiday || day.weekday >= 5 ? HOURS_WEEKEND_CUM : day.weekday === 0 ? HOURS_MONDAY_CUM : HOURS_WEEKDAY_CUM;
      const n = poisson(random, day.expectedConversations * Math.max(0.5, 1 + 0.07 * random.gaussian()));
      if (starts.length < n) starts = new Float64Array(Math.max(n, starts.length * 2));
      for (let i = 0; i < n; i++) {
        const hour = random.weighted(hours);
        starts[i] = helsinkiLocalToUtc(day.localMidnight + hour * HOUR + Math.floor(random.next() * HOUR));
      }
      starts.subarray(0, n).sort();
      startCount = n;
      startIndex = 0;
    }
  }

  // ---- one conversation ----
  function conversation(start: number, d: UsageDay): Pending {
    const seq = conversationCounter++;
    const localHour = new Date(start + helsinkiOffsetMinutes(start) * 60_000).getUTCHours();
    const office = !d.holiday && d.weekday < 5 && localHour >= 7 && localHour < 17;
    const audience = AUDIENCES[random.weighted(office ? AUDIENCE_OFFICE : AUDIENCE_OTHER)];
    const locale: Locale = random.chance(P_SWEDISH) ? 'sv' : 'fi';
    const channel: UsageChannel =
      audience === 'professional'
        ? random.chance(0.8)
          ? 'professional_chat'
          : 'web_chat'
        : random.chance(audience === 'resident' ? 0.22 : audience === 'city' ? 0.15 : 0.07)
          ? 'phone_bot'
          : 'web_chat';
    const prefix = channel === 'phone_bot' ? 'tel' : channel === 'professional_chat' ? 'pro' : 'web';
    const sessionId =
      prefix + sessionPrefix + seq.toString(36) + '-' + random.int(1_679_616).toString(36).padStart(4, '0');
    const times: number[] = [];
    const items: UsageItem[] = [];

    const event = (type: UsageEvent['type'], t: number): Record<string, unknown> => {
      const e: Record<string, unknown> = {
        id: '',
        type,
        sessionId,
        timestamp: new Date(t).toISOString(),
        channel,
        locale,
        audience,
      };
      times.push(t);
      items.push({ kind: 'event', event: e as unknown as UsageEvent });
      return e;
    };
    const handoff = (t: number, handoffChannel: HandoffChannel, reason: HandoffReason, urgency: HandoffUrgency) => {
      const e = event('handoff_requested', t);
      e.handoffChannel = handoffChannel;
      e.reason = reason;
      e.urgency = urgency;
    };
    const humanChannel = (): HandoffChannel => {
      const r = random.next();
      if (channel === 'phone_bot') return r < 0.6 ? 'callback' : 'phone';
      if (channel === 'professional_chat') return r < 0.7 ? 'live_chat' : 'phone';
      return r < 0.6 ? 'live_chat' : r < 0.9 ? 'callback' : 'phone';
    };
    const ask = (
      t: number,
      question: string,
      answered: boolean,
      answerSlug: string | null,
      answerKind: 'answer' | 'path' | null,
      score: number | null,
      intent?: number,
    ) => {
      const a: UsageAsk = {
        askedAt: new Date(t).toISOString(),
        sessionId,
        locale,
        audience,
        channel,
        question,
        answered,
        answerSlug,
        answerKind,
        score,
      };
      if (intent !== undefined) a.intent = intent;
      times.push(t);
      items.push({ kind: 'ask', ask: a });
    };
    const score = (min: number, max: number) => Math.round(random.between(min, max) * 1000) / 1000;

    let t = start;
    event('conversation_started', t);
    let shown: { kind: 'answer' | 'path'; slug: string; helpful: number } | null = null;
    let handedOff = false;
    let lastUnanswered = -1;
    const questions = random.weighted(QUESTION_COUNT) + 1;

    /** Walks a guidance path from its first step; returns the time of its last event. */
    const walk = (path: Path, urgentAsk: boolean, at: number): number => {
      let now = at + random.intBetween(3, 40);
      event('path_started', now).pathSlug = path.slug;
      let step = path.first!;
      for (let depth = 0; ; depth++) {
        now += Math.round(random.between(4, 25) * 1000);
        const table = depth >= MAX_PATH_DEPTH ? step.exits : urgentAsk ? step.urgent : step.normal;
        if (!table || table.length === 0 || random.chance(Math.min(0.5, 0.12 + 0.09 * depth))) {
          now += Math.round(random.between(10, 90) * 1000);
          const e = event('path_abandoned', now);
          e.pathSlug = path.slug;
          e.stepKey = step.key;
          shown = { kind: 'path', slug: path.slug, helpful: 0.35 };
          if (
            path.urgentPhrasings &&
            random.chance(urgentAsk ? P_HANDOFF_ABANDONED_EMERGENCY : P_HANDOFF_ABANDONED_EMERGENCY / 3)
          ) {
            now += Math.round(random.between(2, 20) * 1000);
            handoff(now, humanChannel(), 'urgent_symptoms', 'urgent');
            handedOff = true;
          }
          return now;
        }
        const option = random.weighted(table);
        const e = event('path_step', now);
        e.pathSlug = path.slug;
        e.stepKey = step.key;
        e.option = step.optionKeys[option];
        const to = step.targets[option];
        const next = to.step !== undefined ? path.steps.get(to.step) : undefined;
        if (next) {
          step = next;
          continue;
        }
        now += random.intBetween(200, 1500);
        event('path_completed', now).pathSlug = path.slug;
        shown = { kind: 'path', slug: path.slug, helpful: path.quality };
        if (to.answer) {
          now += random.intBetween(5, 60);
          event('answer_shown', now).answerSlug = to.answer;
          const answer = kb.answerBySlug.get(to.answer);
          if (answer && answer.partners.length && random.chance(P_PARTNER_CLICK_ANSWER)) {
            now += Math.round(random.between(3, 40) * 1000);
            event('partner_link_clicked', now).partnerSlug = random.pick(answer.clickable);
          }
        } else if (to.partner) {
          const emergencyPartner = isEmergencyPartner(to.partner);
          if (random.chance(urgentAsk && emergencyPartner ? 0.7 : P_PARTNER_CLICK_PATH)) {
            now += Math.round(random.between(2, 20) * 1000);
            event('partner_link_clicked', now).partnerSlug = to.partner;
          }
          if (urgentAsk && emergencyPartner && path.urgentPhrasings && random.chance(P_HANDOFF_AFTER_112)) {
            now += Math.round(random.between(2, 15) * 1000);
            handoff(now, channel === 'phone_bot' ? 'phone' : humanChannel(), 'urgent_symptoms', 'emergency');
            handedOff = true;
          }
        } else if (to.handoff) {
          now += Math.round(random.between(1, 8) * 1000);
          if (path.urgentPhrasings) handoff(now, to.handoff, 'urgent_symptoms', urgentAsk ? 'emergency' : 'urgent');
          else
            handoff(
              now,
              to.handoff,
              random.chance(0.6) ? 'complex_case' : 'user_request',
              random.chance(0.05) ? 'urgent' : 'normal',
            );
          handedOff = true;
        }
        return now;
      }
    };

    for (let q = 0; q < questions && !handedOff; q++) {
      t += q === 0 ? Math.round(random.between(2, 25) * 1000) : Math.round(random.between(8, 150) * 1000);
      event('message', t).role = 'user';
      const askedAt = t + random.intBetween(20, 400);
      const botAt = askedAt + random.intBetween(300, 2500);

      // What was asked, and what the bot found.
      let answer: Answer | null = null;
      let path: Path | null = null;
      let urgentAsk = false;
      if (lastUnanswered >= 0 && random.chance(P_REPHRASE)) {
        const variants = UNANSWERED_QUESTIONS[locale][lastUnanswered];
        const rephrased = varyQuestion(random.pick(variants), locale, random);
        ask(askedAt, rephrased, false, null, null, random.chance(0.5) ? null : score(0.05, 0.4), lastUnanswered);
      } else if (audience === 'resident' && kb.emergency.items.length && random.chance(P_URGENT_ASK)) {
        path = kb.emergency.items[random.weighted(kb.emergency.table)];
        urgentAsk = true;
        lastUnanswered = -1;
        ask(
          askedAt,
          varyQuestion(random.pick(path.urgentPhrasings![locale]), locale, random),
          true,
          path.slug,
          'path',
          1,
        );
      } else if (random.chance(P_UNANSWERED)) {
        if (random.chance(P_PERSONAL_DATA)) {
          lastUnanswered = -1;
          ask(askedAt, fillPersonalData(random.pick(PERSONAL_DATA_QUESTIONS[locale]), random), false, null, null, null);
        } else {
          lastUnanswered = random.weighted(kb.unanswered[locale]);
          const variants = UNANSWERED_QUESTIONS[locale][lastUnanswered];
          const variant = random.chance(0.4) ? variants[0] : random.pick(variants);
          const varied = varyQuestion(variant, locale, random);
          ask(askedAt, varied, false, null, null, random.chance(0.5) ? null : score(0.05, 0.4), lastUnanswered);
        }
      } else {
        lastUnanswered = -1;
        const own = audience === 'resident' || !random.chance(P_OTHER_AUDIENCE_CONTENT) ? audience : 'resident';
        const answers = kb.answers[own].items.length ? kb.answers[own] : kb.allAnswers;
        const paths = kb.paths[own].items.length ? kb.paths[own] : kb.allPaths;
        const wantPath = paths.items.length > 0 && (answers.items.length === 0 || random.chance(P_PATH[audience]));
        if (wantPath) {
          path = paths.items[random.weighted(poolTable(paths, d.month))];
          ask(
            askedAt,
            varyQuestion(random.pick(path.phrasings[locale]), locale, random),
            true,
            path.slug,
            'path',
            score(0.55, 0.97),
          );
        } else if (answers.items.length) {
          answer = answers.items[random.weighted(poolTable(answers, d.month))];
          ask(
            askedAt,
            varyQuestion(random.pick(answer.phrasings[locale]), locale, random),
            true,
            answer.slug,
            'answer',
            score(0.55, 0.99),
          );
        } else {
          ask(
            askedAt,
            varyQuestion(random.pick(UNANSWERED_QUESTIONS[locale][0]), locale, random),
            false,
            null,
            null,
            null,
            0,
          );
        }
      }

      t = botAt;
      event('message', t).role = 'bot';
      if (answer) {
        t += random.intBetween(1, 40);
        event('answer_shown', t).answerSlug = answer.slug;
        shown = { kind: 'answer', slug: answer.slug, helpful: answer.quality };
        if (answer.partners.length && random.chance(P_PARTNER_CLICK_ANSWER)) {
          t += Math.round(random.between(3, 45) * 1000);
          event('partner_link_clicked', t).partnerSlug = random.pick(answer.clickable);
        }
        if (answer.handoff && random.chance(P_HANDOFF_ANSWER)) {
          t += Math.round(random.between(5, 60) * 1000);
          handoff(t, answer.handoff, random.chance(0.5) ? 'user_request' : 'complex_case', 'normal');
          handedOff = true;
        }
      } else if (path) {
        t = walk(path, urgentAsk, t);
      } else if (random.chance(P_HANDOFF_UNANSWERED)) {
        t += Math.round(random.between(3, 40) * 1000);
        handoff(t, humanChannel(), 'no_answer', 'normal');
        handedOff = true;
      }
    }

    if (!handedOff && random.chance(P_HANDOFF_TECHNICAL)) {
      t += Math.round(random.between(5, 60) * 1000);
      handoff(t, channel === 'phone_bot' ? 'phone' : 'live_chat', 'technical_problem', 'normal');
    }
    const last = shown as { kind: 'answer' | 'path'; slug: string; helpful: number } | null;
    if (last && random.chance(P_FEEDBACK)) {
      t += Math.round(random.between(4, 40) * 1000);
      const e = event('feedback', t);
      const helpful = random.chance(last.helpful);
      if (last.kind === 'answer') e.answerSlug = last.slug;
      else e.pathSlug = last.slug;
      e.helpful = helpful;
      if (random.chance(P_COMMENT)) {
        const comments = FEEDBACK_COMMENTS[locale][helpful ? 'helpful' : 'unhelpful'];
        e.comment = fillPersonalData(random.pick(comments), random);
      }
    }
    if (random.chance(P_ENDED)) {
      t += Math.round(random.between(5, 180) * 1000);
      event('conversation_ended', t);
    }
    return { seq, times, items, pos: 0 };
  }

  // ---- merge conversations into one time-ordered stream ----
  const heap: Pending[] = [];
  let next = nextStart();
  for (;;) {
    const top = heap.length ? heap[0] : null;
    const topTime = top ? top.times[top.pos] : Infinity;
    if (top && topTime <= next) {
      if (topTime >= endMs) return;
      const item = top.items[top.pos];
      if (item.kind === 'event') item.event.id = idPrefix + (eventCounter++).toString(36);
      if (++top.pos === top.times.length) {
        const tail = heap.pop()!;
        if (heap.length) {
          heap[0] = tail;
          siftDown(heap, 0);
        }
      } else {
        siftDown(heap, 0);
      }
      yield item;
    } else if (next !== Infinity) {
      heap.push(conversation(next, day!));
      siftUp(heap, heap.length - 1);
      next = nextStart();
    } else {
      return;
    }
  }
}

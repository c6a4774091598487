import type { EntryKind } from '@botkb/search';
import { HEALTH_RULES } from './content-health-rules';

export interface RankedCandidate {
  kind: EntryKind;
  slug: string;
  score: number;
}

/** One question with the ranker's candidates, best first: a real ask (redacted) or a test question. */
export interface RankedQuestion {
  question: string;
  locale: string;
  source: 'ask' | 'test';
  candidates: RankedCandidate[];
}

export interface PairSide {
  kind: EntryKind;
  slug: string;
  wins: number;
}
export interface PairExample {
  question: string;
  locale: string;
  count: number;
}

export interface CompetingPair {
  /** `kind:slug|kind:slug`, the sides in alphabetical order. */
  id: string;
  a: PairSide;
  b: PairSide;
  /** Real asks where the two were the top two within the margin. */
  asks: number;
  /** Test questions where they were. */
  tests: number;
  /** Mean score difference of those questions. */
  meanMargin: number;
  /** The most frequent questions first. */
  examples: PairExample[];
}

export interface PairOptions {
  margin?: number;
  minAsks?: number;
  examples?: number;
}

const key = (c: RankedCandidate) => `${c.kind}:${c.slug}`;

/**
 * Pairs of entries that take each other's questions: a question counts for a
 * pair when the two best distinct candidates score within `margin`. A pair is
 * listed with at least `minAsks` real asks or one test question; most asks first.
 */
export function findCompetingPairs(questions: Iterable<RankedQuestion>, opts: PairOptions = {}): CompetingPair[] {
  const margin = opts.margin ?? HEALTH_RULES.competingMargin;
  const minAsks = opts.minAsks ?? HEALTH_RULES.competingMinAsks;
  const maxExamples = opts.examples ?? HEALTH_RULES.competingExamples;
  const pairs = new Map<string, CompetingPair & { marginSum: number; texts: Map<string, PairExample> }>();
  for (const q of questions) {
    const [first, second] = topTwo(q.candidates);
    if (!first || !second || first.score - second.score > margin + 1e-9) continue;
    const [a, b] = [first, second].sort((x, y) => key(x).localeCompare(key(y)));
    const id = `${key(a)}|${key(b)}`;
    let pair = pairs.get(id);
    if (!pair) {
      pair = {
        id,
        a: { kind: a.kind, slug: a.slug, wins: 0 },
        b: { kind: b.kind, slug: b.slug, wins: 0 },
        asks: 0,
        tests: 0,
        meanMargin: 0,
        examples: [],
        marginSum: 0,
        texts: new Map(),
      };
      pairs.set(id, pair);
    }
    if (q.source === 'ask') pair.asks += 1;
    else pair.tests += 1;
    (key(first) === key(a) ? pair.a : pair.b).wins += 1;
    pair.marginSum += first.score - second.score;
    const textKey = `${q.locale}|${q.question}`;
    const example = pair.texts.get(textKey) ?? { question: q.question, locale: q.locale, count: 0 };
    example.count += 1;
    pair.texts.set(textKey, example);
  }
  return [...pairs.values()]
    .filter((p) => p.asks >= minAsks || p.tests > 0)
    .map(({ marginSum, texts, ...p }) => ({
      ...p,
      meanMargin: Math.round((marginSum / (p.asks + p.tests)) * 10_000) / 10_000,
      examples: [...texts.values()]
        .sort((x, y) => y.count - x.count || x.question.localeCompare(y.question))
        .slice(0, maxExamples),
    }))
    .sort((x, y) => y.asks - x.asks || y.tests - x.tests || x.id.localeCompare(y.id));
}

/** The two best candidates that are different entries (a Finnish fallback of the same entry does not compete). */
function topTwo(candidates: RankedCandidate[]): RankedCandidate[] {
  const sorted = [...candidates].sort((x, y) => y.score - x.score);
  const first = sorted[0];
  const second = first && sorted.find((c) => key(c) !== key(first));
  return second ? [first, second] : [];
}

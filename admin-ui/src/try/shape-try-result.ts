import type { TryCandidate, TryResult, TryWord } from '../types';

/** How a question word was recognized, in the words a content expert uses. */
export type Recognition = 'stop' | 'short' | 'stem' | 'compound' | 'typo' | 'synonym' | 'unknown';

/** A plain-language hint: a translation key under app.try.hint and its parameters. */
export interface Hint {
  key: 'unknown' | 'not_covered' | 'weak';
  params: Record<string, string>;
}

export interface WordRow {
  word: string;
  recognition: Recognition;
  /** The terms searched for the word (stems, compound parts, corrected forms), joined with " + ". */
  searchedAs: string;
  /** Synonyms searched with it. */
  synonyms: string[];
  /** How well the answer (or, unanswered, the best candidate) covers the word: 0–1; null for dropped words. */
  match: number | null;
  hint: Hint | null;
}

/** A term as the search used it: corrected when misspelled. */
const searched = (t: TryWord['terms'][number]) => t.correctedTo ?? t.term;

function recognitionOf(word: TryWord): Recognition {
  if (word.how === 'stop' || word.how === 'short') return word.how;
  if (word.terms.every((t) => !t.known)) return 'unknown';
  if (word.how === 'compound') return 'compound';
  const [term] = word.terms;
  if (term.correctedTo) return 'typo';
  return term.synonyms.length > 0 ? 'synonym' : 'stem';
}

/** The candidate the per-word coverage is read from: the answer, else the best runner-up. */
export function focusCandidate(result: TryResult): TryCandidate | null {
  return result.explanation.candidates[0] ?? null;
}

function hintFor(
  word: TryWord,
  recognition: Recognition,
  match: number | null,
  focus: TryCandidate | null,
): Hint | null {
  if (match === null || match >= 1) return null;
  // A number (a phone number, a date, an amount) says nothing of the topic: no phrasing or synonym would help.
  if (/\d/.test(word.word)) return null;
  if (recognition === 'unknown') return { key: 'unknown', params: { word: word.word } };
  if (!focus) return null;
  return { key: match > 0 ? 'weak' : 'not_covered', params: { word: word.word, title: focus.title } };
}

/**
 * One row per word as typed: how it was recognized, what was searched, how
 * well the answer covers it, and what to change when it does not.
 */
export function shapeWordRows(result: TryResult): WordRow[] {
  const focus = focusCandidate(result);
  const matchOf = new Map((focus?.terms ?? []).map((t) => [t.term, t.match]));
  return result.explanation.words.map((word) => {
    const recognition = recognitionOf(word);
    const dropped = word.terms.length === 0;
    // A compound counts by its weakest part: each part is a term the entry should contain.
    const match = dropped || !focus ? null : Math.min(...word.terms.map((t) => matchOf.get(searched(t)) ?? 0));
    return {
      word: word.word,
      recognition,
      searchedAs: word.terms.map(searched).join(' + '),
      synonyms: [...new Set(word.terms.flatMap((t) => t.synonyms))],
      match,
      hint: hintFor(word, recognition, dropped ? null : (match ?? 0), focus),
    };
  });
}

export interface CandidateRow {
  key: string;
  title: string;
  kind: TryCandidate['kind'];
  role: TryCandidate['role'];
  /** A Finnish entry for a Swedish question (shown only when no Swedish version exists). */
  otherLocale: boolean;
  score: number;
  coverage: number;
  gram: number;
  /** 'near': the answer, just under the threshold, answered by the answer decision (a clear winner). */
  reachesThreshold: 'yes' | 'no' | 'near';
  adminUrl: string | null;
}

/** The answer and the runner-ups, best first, with the parts of their scores. */
export function shapeCandidates(result: TryResult, askedLocale: string): CandidateRow[] {
  return result.explanation.candidates.map((c) => ({
    key: `${c.kind}:${c.slug}:${c.locale}`,
    title: c.title,
    kind: c.kind,
    role: c.role,
    otherLocale: c.locale !== askedLocale,
    score: c.score,
    coverage: c.coverage,
    gram: c.gram,
    reachesThreshold: c.score >= result.threshold ? 'yes' : c.role === 'answer' ? 'near' : 'no',
    adminUrl: c.adminUrl,
  }));
}

/** The headline of the result: which translation key (app.try.verdict) and its parameters. */
export function verdictOf(result: TryResult): {
  key: 'urgent' | 'answered' | 'unanswered' | 'nothing';
  score: number | null;
} {
  if (result.answer?.urgent) return { key: 'urgent', score: null };
  if (result.answer) return { key: 'answered', score: result.answer.score };
  const best = focusCandidate(result);
  return best ? { key: 'unanswered', score: best.score } : { key: 'nothing', score: null };
}

/**
 * Why the bot answered or not (the ranking's own answer decision): a key under app.answerDecision and its numbers;
 * null when the verdict says it all (a safety trigger, or a score under a threshold with no near band).
 */
export function decisionOf(result: TryResult): {
  key: NonNullable<TryResult['explanation']['decision']>['reason'];
  numbers: Record<'score' | 'gram' | 'lead' | 'needed' | 'floor' | 'minGram' | 'minLead', number>;
} | null {
  const decision = result.explanation.decision;
  if (!decision || result.answer?.urgent) return null;
  const { reason, score, gram, lead, needed, nearFloor, minGram, minLead } = decision;
  // Under the threshold with no band below it (Swedish): the verdict already says all there is.
  if (reason === 'below_threshold' && nearFloor >= needed) return null;
  return { key: reason, numbers: { score, gram, lead, needed, floor: nearFloor, minGram, minLead } };
}

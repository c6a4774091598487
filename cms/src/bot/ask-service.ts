import type { Core } from '@strapi/strapi';
import {
  SEARCH_LOCALES,
  BoundedCache,
  coverageQuery,
  relevanceScore,
  tokenize,
  type Analyzer,
  type CandidateFeatures,
  type DocumentFeatures,
  type QueryWordTrace,
  type SearchLocale,
  type SearchDocument,
  type TermCoverage,
} from '@botkb/search';
import type { SearchRuntime } from '../search/search-runtime';
import { redactPersonalData } from '../privacy/redact-personal-data';
import { questionKey } from '../analytics/question-key';
import { randomUUID } from 'node:crypto';
import type {
  AnswerDecision,
  AskAnswer,
  AskRequest,
  AskResponse as RecordedAskResponse,
  AskSuggestion,
  Audience,
  RankedAsk as AskResponse,
} from '@botkb/contract';
import { hasPlaceholder, withoutPlaceholders } from '@botkb/contract';
import { AskRecorder, type AskRecord } from './ask-recorder';
import { SafetyTriggerMatcher, type SafetyTrigger, type SafetyTriggerMatch } from './safety-trigger-matcher';
import {
  correctTerm,
  explainWords,
  isKnownTerm,
  type CandidateExplanation,
  type ExplainedAsk,
} from './ask-explanation';
import { loadSafetyTriggers } from './load-safety-triggers';
import { audienceMatches, leadOf, neededScore, pickAnswer } from './pick-answer';
import { NEAR_THRESHOLD, explainDecision } from './answer-decision';
import type { Meilisearch } from 'meilisearch';
import { fetchDocuments, type DocumentRef } from '../search/fetch-documents';

/** A search hit: its texts (s_*, body …) only when retrieved; `fp` only when the index has it. */
type Hit = Omit<SearchDocument, 'fp'> & {
  fp?: number;
  _confidence?: number;
  _coverage?: number;
  _gram?: number;
};

/** A hit with its ranking features and score parts. */
type Ranked = Hit & { _coverage: number; _gram: number; _confidence: number; _features: CandidateFeatures };

/** What the ask service needs from analytics, passed in (bot and analytics code do not look each other up). */
export interface AskServiceDeps {
  /** What is stored instead of a bot's session id. */
  hashSessionId(sessionId: string): string;
  /** Called after asks were recorded (the analytics rollup picks them up). */
  onRecorded(): void;
}

/** What the ranking reports about one question when asked to explain (AskService.explain). */
interface AskTrace {
  words: QueryWordTrace[];
  trigger: SafetyTriggerMatch | null;
  candidates: CandidateExplanation[];
  decision: AnswerDecision | null;
}
const RETRIEVE = [
  'id',
  'kind',
  'slug',
  'audience',
  'title',
  'body',
  'partners',
  'handoff',
  'firstStep',
  'locale',
  'translations',
  'phrasings',
  's_title',
  's_phrasings',
  's_topic',
  's_body',
];
/** What a ranked hit needs besides its kept features: display fields and the fingerprint of its texts. */
const RANKED_ATTRIBUTES = [
  'id',
  'fp',
  'documentId',
  'kind',
  'slug',
  'audience',
  'title',
  'partners',
  'handoff',
  'firstStep',
  'locale',
];
/**
 * Single-term candidate lists kept per index version: a question never asked before is mostly
 * made of words asked before, and each word's own search gives the same hits until the index changes.
 */
const TERM_HITS_CACHE_SIZE = 2_000;
/** Answers' bodies kept (withBody): the answers residents get most, ~4 MB at 2 KB each. */
const BODIES_CACHE_SIZE = 2_000;
const CANDIDATES = 20;
const SUGGESTIONS = 3;

function toAnswer(hit: Hit, score: number, asked: Audience | undefined, urgent = false): AskAnswer {
  const answer: AskAnswer = {
    slug: hit.slug,
    kind: hit.kind,
    title: hit.title,
    locale: hit.locale,
    partners: hit.partners ?? [],
    score: round(score),
    audience: hit.audience as Audience,
    audienceMatch: audienceMatches(hit, asked),
  };
  if (hit.kind === 'answer') answer.body = hit.body;
  else answer.firstStep = hit.firstStep;
  if (hit.handoff) answer.handoff = hit.handoff;
  if (urgent) answer.urgent = true;
  return answer;
}
const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** A ranked candidate's score parts, and how each term counted (the ask's coverage scorer run again with a trace). */
function explainCandidate(
  hit: Ranked,
  role: CandidateExplanation['role'],
  coverageOf: ReturnType<DocumentFeatures['coverageScorer']>,
): CandidateExplanation {
  const coverage: TermCoverage[] = [];
  coverageOf(hit._features, coverage);
  return {
    role,
    slug: hit.slug,
    kind: hit.kind,
    title: hit.title,
    locale: hit.locale,
    score: round(hit._confidence ?? 0),
    coverage: round(hit._coverage ?? 0),
    gram: round(hit._gram ?? 0),
    terms: coverage.map((t) => ({ ...t, weight: round(t.weight), match: round(t.match) })),
  };
}

/** The ask record's runner-up: the best suggestion after the answer. */
export function runnerUp(r: AskResponse): Pick<AskRecord, 'runnerUpSlug' | 'runnerUpKind' | 'runnerUpScore'> {
  const next = r.suggestions[0];
  return { runnerUpSlug: next?.slug ?? null, runnerUpKind: next?.kind ?? null, runnerUpScore: next?.score ?? null };
}
const suggestion = (h: Hit): AskSuggestion => ({
  slug: h.slug,
  kind: h.kind,
  title: h.title,
  score: round(h._confidence ?? 0),
  audience: h.audience as Audience,
});

/** The request as searched: a redaction placeholder ("[PUHELIN]", e.g. a group's example tried) is no word. */
function searchedRequest(req: AskRequest): AskRequest {
  return req.question.includes('[') && hasPlaceholder(req.question)
    ? { ...req, question: withoutPlaceholders(req.question) }
    : req;
}

/**
 * The bot's question answering: safety triggers first, then Finnish/Swedish-
 * aware search over the published knowledge base, an answer only above the
 * confidence threshold, Finnish fallback for untranslated content (marked),
 * and a durable redacted record of every ask.
 */
export class AskService {
  readonly recorder: AskRecorder;
  private cache = new Map<string, AskResponse>();
  private cacheVersion = -1;
  /** Hits of single-term searches by index and term; cleared with the answer cache. */
  private termHits = new BoundedCache<string, Hit[]>(TERM_HITS_CACHE_SIZE);
  /** Answers' bodies by locale and search document id, as fetched at this index version; cleared with the answer cache. */
  private bodies = new BoundedCache<string, string>(BODIES_CACHE_SIZE);
  /** Per index version: how many documents of a locale lack a translation in another (by filter). */
  private untranslated = new Map<string, number>();
  private triggers: Partial<
    Record<SearchLocale, { matcher: SafetyTriggerMatcher; analyzer: Analyzer; revision: number }>
  > = {};
  /** Bumped when safety triggers change. */
  triggerRevision = 0;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly runtime: SearchRuntime,
    private readonly opts: { threshold: Record<SearchLocale, number>; cacheSize: number },
    private readonly deps: AskServiceDeps,
  ) {
    this.recorder = new AskRecorder(strapi, deps.onRecorded);
  }

  async ask(req: AskRequest, clientId: string | null, test = false): Promise<RecordedAskResponse> {
    const started = process.hrtime.bigint();
    const analyzer = this.runtime.analyzers[req.locale];
    // Recorded from the redacted text: sorting terms would otherwise split a phone number past the redactor.
    // Prepared while Meilisearch searches (it needs nothing of the answer), else after the answer.
    let recorded: { redacted: string; normalized: string } | undefined;
    const prepare = () => {
      if (recorded) return recorded;
      const redacted = redactPersonalData(req.question);
      return (recorded = { redacted, normalized: questionKey(analyzer, redacted) });
    };
    const searched = searchedRequest(req);
    const response = await this.answer(searched, this.normalize(searched), null, prepare);
    const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
    const { redacted, normalized } = prepare();
    const askId = randomUUID();
    await this.recorder.record({
      askId,
      askedAt: new Date(),
      locale: req.locale,
      audience: req.audience ?? null,
      channel: req.channel ?? null,
      sessionId: req.sessionId === undefined ? null : this.deps.hashSessionId(req.sessionId),
      question: redacted,
      normalized,
      answered: response.answered,
      answerSlug: response.answer?.slug ?? null,
      answerKind: response.answer?.kind ?? null,
      answerLocale: response.answer?.locale ?? null,
      score: response.answer?.score ?? null,
      ...runnerUp(response),
      urgent: response.answer?.urgent === true,
      latencyMs: Math.round(latencyMs),
      clientId,
      test,
    });
    return { askId, ...response };
  }

  /** What `ask` answers (through the answer cache), without recording anything. */
  rank(asked: AskRequest): Promise<AskResponse> {
    const req = searchedRequest(asked);
    return this.answer(req, this.normalize(req), null);
  }

  /**
   * What `ask` would answer, with the threshold and why (words as analyzed,
   * score parts, trigger phrase, Finnish fallback), from the same ranking.
   * Records nothing and neither reads nor fills the answer cache.
   */
  async explain(asked: AskRequest): Promise<ExplainedAsk> {
    const req = searchedRequest(asked);
    const trace: AskTrace = { words: [], trigger: null, candidates: [], decision: null };
    const response = await this.answer(req, this.normalize(req), trace);
    // A trigger or a question of stop words only answers before the search reads the words.
    if (trace.words.length === 0) this.runtime.analyzers[req.locale].queryTerms(req.question, trace.words);
    const { trigger } = trace;
    return {
      ...response,
      threshold: this.opts.threshold[req.locale],
      explanation: {
        words: explainWords(trace.words, this.runtime.stats[req.locale], this.runtime.synonyms[req.locale]),
        trigger: trigger && { slug: trigger.trigger.slug, phrase: trigger.phrase },
        fallback: response.answer !== null && response.answer.locale !== req.locale,
        candidates: trace.candidates,
        decision: trace.decision,
      },
    };
  }

  /** The question's terms, sorted: empty when nothing in it can be searched. */
  private normalize(req: AskRequest): string {
    return [...new Set(this.runtime.analyzers[req.locale].terms(req.question))].sort().join(' ');
  }

  /** `whileSearching`: work that does not depend on the answer, done while Meilisearch searches. */
  private async answer(
    req: AskRequest,
    normalized: string,
    trace: AskTrace | null,
    whileSearching?: () => void,
  ): Promise<AskResponse> {
    const trigger = (await this.matcher(req.locale)).matchPhrase(req.question);
    if (trace) trace.trigger = trigger;
    if (trigger) {
      const urgent = await this.triggered(trigger.trigger, req);
      if (urgent) return urgent;
    }
    if (!normalized) return { answered: false, answer: null, suggestions: [] };
    if (trace) return this.search(req, trace);
    this.syncCacheVersion();
    // The n-gram part of the score reads the words as typed (inflection, repeats), not only their terms:
    // two questions share a cached answer only when their words are the same.
    const key = `${req.locale}|${req.audience ?? ''}|${normalized}|${tokenize(req.question).join(' ')}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const result = await this.search(req, null, whileSearching);
    // The index or analyzers changed during the search: the result may be stale, so it is not kept.
    if (this.runtime.version !== this.cacheVersion) return result;
    if (this.cache.size >= this.opts.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, result);
    return result;
  }

  private async search(req: AskRequest, trace: AskTrace | null, whileSearching?: () => void): Promise<AskResponse> {
    const searcher = this.searcher();
    this.syncCacheVersion();
    // Other locales only for content missing a translation in the asked one: not searched when none is.
    const others = SEARCH_LOCALES.filter((l) => l !== req.locale);
    const untranslated = await Promise.all(others.map((l) => this.hasUntranslated(l, req.locale)));
    const locales = [req.locale, ...others.filter((_, k) => untranslated[k])];
    // The ask reads each locale's statistics, synonyms and features as they are now, across its awaits
    // (a rebuild replaces them; a single document's change updates them in place).
    const stats = locales.map((locale) => this.runtime.stats[locale]);
    const synonyms = locales.map((locale) => this.runtime.synonyms[locale]);
    const features = locales.map((locale) => this.runtime.features[locale]);
    // Query terms per index: analyzed, misspellings corrected against the knowledge base's own terms.
    const terms = locales.map((locale, i) => {
      const words = i === 0 ? trace?.words : undefined;
      return this.runtime.analyzers[locale].queryTerms(req.question, words).map((t) => correctTerm(t, stats[i]));
    });
    // Candidates: the whole question plus each of its terms on its own, so a
    // common topic word is never dropped by Meilisearch's matching strategy.
    // Only terms the index contains (or has synonyms for) are sent: an unknown word matches nothing;
    // unknown words still count against the confidence below.
    const known = terms.map((list, i) => list.filter((t) => isKnownTerm(t, stats[i], synonyms[i])));
    // A hit carries its display fields and the fingerprint of its texts; the ranking reads the features
    // kept for them.
    const queries = locales.flatMap((locale, i) => {
      const indexUid = this.runtime.indexUid(locale);
      // No audience filter: the asked audience is a preference (see pickAnswer), not a limit.
      const filter = i === 0 ? [] : [`translations != "${req.locale}"`];
      const search = (q: string, limit: number) => ({
        indexUid,
        filter,
        // No ranking scores (~0.5 ms of Meilisearch's time per ask): equal confidences keep Meilisearch's order.
        // No bodies: the answer's is kept once fetched (withBody); twenty bodies cost Meilisearch and the ask
        // ~0.4 ms of every uncached ask on a base of 2 KB entries.
        attributesToRetrieve: RANKED_ATTRIBUTES,
        q,
        limit,
        matchingStrategy: 'last' as const,
      });
      const whole = { locale: i, term: null, search: search(known[i].join(' '), CANDIDATES) };
      const words = i === 0 && known[i].length > 1 ? known[i].slice(0, 8) : [];
      return [whole, ...words.map((t) => ({ locale: i, term: `${indexUid}|${t}`, search: search(t, 8) }))];
    });
    // Single-term searches already made at this index version are not sent again.
    const version = this.runtime.version;
    const kept = queries.map((q) => (q.term === null ? undefined : this.termHits.get(q.term)));
    const sent = queries.filter((_, k) => kept[k] === undefined).map((q) => q.search);
    const searching = searcher.multiSearch({ queries: sent });
    // Node writes the request once this code yields (a kept-alive socket is attached on the next tick): the
    // work that needs no hit waits one turn of the event loop, so it runs while Meilisearch searches.
    // A search failing meanwhile is not an unhandled rejection: it is awaited below.
    searching.catch(() => {});
    await new Promise((resolve) => setImmediate(resolve));
    const queryGrams = features.map((f) => f.stats.vector(req.question));
    const coverageOf = features.map((f, i) => f.coverageScorer(coverageQuery(terms[i], stats[i], synonyms[i])));
    try {
      whileSearching?.();
    } catch {
      // The caller does the same work again after the answer, and fails there; the search is awaited first.
    }
    // Each candidate's score parts, by its features (the same features score the same for this question).
    const scored = locales.map(() => new Map<CandidateFeatures, { coverage: number; gram: number }>());
    const scoreOf = (i: number, candidate: CandidateFeatures) => {
      let score = scored[i].get(candidate);
      if (!score) {
        score = { coverage: coverageOf[i](candidate), gram: features[i].gramScore(queryGrams[i], candidate) };
        scored[i].set(candidate, score);
      }
      return score;
    };
    // The single-term hits kept from earlier asks are candidates already: scored while Meilisearch searches
    // (those whose features are kept; the others are fetched with their texts below).
    kept.forEach((hits, k) => {
      const i = queries[k].locale;
      for (const h of hits ?? []) {
        const candidate = h.fp === undefined ? null : features[i].keptFor(h.id, h.fp);
        if (candidate) scoreOf(i, candidate);
      }
    });
    const { results } = await searching;
    let received = 0;
    const hitLists = kept.map((hits) => hits ?? (results[received++].hits as Hit[]));
    if (this.runtime.version === version) {
      queries.forEach(({ term }, k) => {
        if (term !== null && kept[k] === undefined) this.termHits.set(term, hitLists[k]);
      });
    }
    const candidates = await Promise.all(
      locales.map((locale, i) => {
        const byId = new Map<string, Hit>();
        hitLists.forEach((hits, k) => {
          if (queries[k].locale === i) for (const h of hits) if (!byId.has(h.id)) byId.set(h.id, h);
        });
        return this.withFeatures(locale, features[i], [...byId.values()]);
      }),
    );
    const ranked = candidates.map((list, i) =>
      list
        .map(([h, candidate]) => {
          const { coverage, gram } = scoreOf(i, candidate);
          const confidence = relevanceScore(coverage, gram);
          // The hit's fields after the scores: V8 copies a spread that ends the literal by its shape, while
          // properties added after one go one by one (5 µs a candidate, 0.2 ms of an ask's 40; a hit has no
          // field of these names).
          return { _coverage: coverage, _gram: gram, _confidence: confidence, _features: candidate, ...h };
        })
        // A stable sort: equal confidences keep the hits' order (the whole question's hits as Meilisearch ranked
        // them, then each term's).
        .sort((a, b) => b._confidence - a._confidence),
    );
    const own = ranked[0] ?? [];
    const fallback = ranked.slice(1).flat();
    const near = NEAR_THRESHOLD[req.locale];
    const answer = pickAnswer([own, fallback], this.opts.threshold[req.locale], req.audience, near);
    const match = (h: Hit) => (audienceMatches(h, req.audience) ? 1 : 0);
    const suggestions = [...own, ...fallback]
      .filter((h) => h !== answer && h.slug !== answer?.slug)
      .sort((a, b) => match(b) - match(a) || (b._confidence ?? 0) - (a._confidence ?? 0))
      .filter((h, i, all) => all.findIndex((x) => x.slug === h.slug) === i)
      .slice(0, SUGGESTIONS);
    if (trace) {
      const explain = (h: Ranked, role: CandidateExplanation['role']) =>
        explainCandidate(h, role, coverageOf[locales.indexOf(h.locale)]);
      trace.candidates = [
        ...(answer ? [explain(answer, 'answer')] : []),
        ...suggestions.map((h) => explain(h, 'suggestion')),
      ];
      const focus = answer ?? suggestions[0] ?? null;
      const threshold = this.opts.threshold[req.locale];
      const list = focus && own.includes(focus) ? own : fallback;
      const needed = focus ? neededScore(focus, threshold, req.audience) : 0;
      const lead = focus ? leadOf(focus, list) : 0;
      const decided = { needed, lead, near: list === own ? near : 0 };
      const ownAudience = needed > threshold ? { ...decided, needed: threshold } : undefined;
      trace.decision = explainDecision(focus, answer !== null, decided, ownAudience);
    }
    const shown = answer && (await this.withBody(answer));
    const answered = shown ? toAnswer(shown, answer?._confidence ?? 0, req.audience) : null;
    return { answered: answered !== null, answer: answered, suggestions: suggestions.map(suggestion) };
  }

  /**
   * Hits with their ranking features: those kept for the hit's fingerprint, else computed from its
   * texts (fetched for a hit indexed from other texts than those counted, e.g. by an older analyzer).
   * A hit whose document left the index meanwhile is dropped.
   */
  private async withFeatures(
    locale: SearchLocale,
    features: DocumentFeatures,
    hits: Hit[],
  ): Promise<Array<[Hit, CandidateFeatures]>> {
    const kept = hits.map((h) => (h.fp === undefined ? null : features.keptFor(h.id, h.fp)));
    const untexted = hits.filter((h, k) => kept[k] === null && h.s_body === undefined);
    const texts = untexted.length ? await this.fetch<Hit>(locale, untexted, RETRIEVE) : new Map<string, Hit>();
    return hits.flatMap((h, k): Array<[Hit, CandidateFeatures]> => {
      const known = kept[k];
      if (known) return [[h, known]];
      const full = h.s_body === undefined ? texts.get(h.id) : h;
      return full ? [[{ ...h, ...full }, features.of(full)]] : [];
    });
  }

  /**
   * The answer with its body (hits come without): kept since it was fetched at this index version, else
   * fetched now; null when its document left the index since the search (unpublished meanwhile: not
   * answered).
   */
  private async withBody(hit: Hit): Promise<Hit | null> {
    if (hit.kind !== 'answer' || hit.body !== undefined) return hit;
    const key = `${hit.locale}|${hit.id}`;
    const kept = this.bodies.get(key);
    if (kept !== undefined) return { ...hit, body: kept };
    const version = this.runtime.version;
    const found = await this.fetch<Pick<Hit, 'body'>>(hit.locale, [hit], ['body']);
    const body = found.get(hit.id)?.body;
    if (body === undefined) return null;
    if (this.runtime.version === version && this.cacheVersion === version) this.bodies.set(key, body);
    return { ...hit, body };
  }

  private fetch<T extends object>(locale: SearchLocale, refs: DocumentRef[], attributes: string[]) {
    return fetchDocuments<T>(this.searcher(), this.runtime.indexUid(locale), refs, attributes);
  }

  /** The bot's search client; asking before the search is ready is an error. */
  private searcher(): Meilisearch {
    const searcher = this.runtime.searcher;
    if (!searcher) throw new Error('search is not ready');
    return searcher;
  }

  /**
   * Whether the locale's index holds documents without a translation in `asked` (those the
   * other-locale search looks for), counted once per index version.
   */
  private async hasUntranslated(locale: SearchLocale, asked: SearchLocale): Promise<boolean> {
    const filter = [`translations != "${asked}"`];
    const key = `${locale}|${filter[0]}`;
    const counted = this.untranslated.get(key);
    if (counted !== undefined) return counted > 0;
    const version = this.runtime.version;
    const { estimatedTotalHits } = await this.searcher()
      .index(this.runtime.indexUid(locale))
      .search('', { filter, limit: 0 });
    const count = estimatedTotalHits ?? 1;
    if (this.runtime.version === version) this.untranslated.set(key, count);
    return count > 0;
  }

  private async triggered(trigger: SafetyTrigger, req: AskRequest): Promise<AskResponse | null> {
    const locale = req.locale;
    const searcher = this.runtime.searcher;
    if (!searcher) return null;
    for (const l of [locale, ...SEARCH_LOCALES.filter((x) => x !== locale)]) {
      const res = await searcher.index(this.runtime.indexUid(l)).search<Hit>('', {
        filter: [`kind = "${trigger.target.kind}"`, `documentId = "${trigger.target.documentId}"`],
        limit: 1,
        attributesToRetrieve: RETRIEVE,
      });
      if (res.hits[0]) return { answered: true, answer: toAnswer(res.hits[0], 1, req.audience, true), suggestions: [] };
    }
    return null;
  }

  private syncCacheVersion(): void {
    const version = this.runtime.version;
    if (version !== this.cacheVersion) {
      this.cache.clear();
      this.termHits.clear();
      this.bodies.clear();
      this.untranslated.clear();
      this.cacheVersion = version;
    }
  }

  /** Loaded once per locale; again only when the triggers change or the analyzer is rebuilt (new vocabulary). */
  private async matcher(locale: SearchLocale): Promise<SafetyTriggerMatcher> {
    const analyzer = this.runtime.analyzers[locale];
    const cached = this.triggers[locale];
    if (cached && cached.analyzer === analyzer && cached.revision === this.triggerRevision) return cached.matcher;
    const revision = this.triggerRevision;
    const matcher = new SafetyTriggerMatcher(analyzer, await loadSafetyTriggers(this.strapi, locale));
    this.triggers[locale] = { matcher, analyzer, revision };
    return matcher;
  }
}

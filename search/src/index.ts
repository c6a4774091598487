export { SearchError, type SearchErrorCode } from './search-error';
export { isSearchUnavailable } from './is-search-unavailable';
export {
  startEmbeddedMeilisearch,
  embeddedBinaryPath,
  freePort,
  type EmbeddedMeilisearch,
  type EmbeddedMeilisearchOptions,
} from './start-embedded-meilisearch';
export { waitForHealth } from './wait-for-health';
export { SEARCH_LOCALES, isSearchLocale, type SearchLocale } from './locales';
export { createAnalyzer, type Analyzer, type AnalyzerOptions, type QueryWordTrace } from './create-analyzer';
export { Lexicon } from './lexicon';
export { splitCompound } from './split-compound';
export { finnishStemKey } from './finnish-stem-key';
export { foldDiacritics, tokenize } from './fold-diacritics';
export {
  buildSearchDocument,
  documentTerms,
  entryTexts,
  gramTexts,
  parseSearchDocumentId,
  searchDocumentId,
  textFingerprint,
  type KnowledgeEntry,
  type RankedTexts,
  type SearchDocument,
  type EntryKind,
  type PartnerLink,
  type PathStepSummary,
} from './search-document';
export {
  indexSettings,
  analyzedSynonyms,
  EMPTY_VOCABULARY,
  type Vocabulary,
  type IndexSettings,
} from './index-settings';
export { createSearchClient, indexUid } from './create-search-client';
export { createNodeHttpClient, type ClosableHttpClient, type HttpClient } from './node-http-client';
export { TermStatistics } from './term-statistics';
export { editDistance } from './edit-distance';
export {
  coverageScore,
  coverageQuery,
  fieldCoverageScore,
  fieldTerms,
  fieldTermLists,
  gramScore,
  relevanceScore,
  type AnalyzedFields,
  type CoverageQuery,
  type FieldTerms,
  type GramFields,
  type TermCoverage,
} from './rerank';
export { BoundedCache } from './bounded-cache';
export { StringNumbers } from './string-numbers';
export { GramStatistics, gramCosine, type GramVector } from './gram-statistics';
export { GramCounter, type GramCounts } from './gram-counts';
export { FieldTermMatcher, TermMatchScratch } from './field-term-matcher';
export { DocumentFeatures, type CandidateFeatures, type ScoredFields } from './document-features';

export { SearchError, type SearchErrorCode } from './search-error';
export { startEmbeddedMeilisearch, embeddedBinaryPath, freePort, type EmbeddedMeilisearch, type EmbeddedMeilisearchOptions } from './start-embedded-meilisearch';
export { waitForHealth } from './wait-for-health';

import { createEmbeddedEngine, type EmbeddedSearchEngine } from './embedded/adapter';
import { createMeilisearchEngine } from './meilisearch/adapter';
import type { SearchEngine } from './search-port';

export interface SearchEngineEnvironment {
  MEILI_HOST?: string;
  MEILI_MASTER_KEY?: string;
}

/** Meilisearch when MEILI_HOST names one (production), the in-process engine otherwise (development, CI). */
export function createSearchEngine(env: SearchEngineEnvironment): SearchEngine {
  const host = env.MEILI_HOST?.trim();
  return host
    ? createMeilisearchEngine({ host, apiKey: env.MEILI_MASTER_KEY || undefined })
    : createEmbeddedEngine();
}

/** Only the in-process engine can (and needs to) save its indexes across a restart. */
export function isEmbeddedEngine(engine: SearchEngine): engine is EmbeddedSearchEngine {
  return 'snapshot' in engine && 'restore' in engine;
}

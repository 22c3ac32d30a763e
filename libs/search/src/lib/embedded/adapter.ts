import type { IndexSettings, SearchEngine, SearchIndex, SearchQuery, SearchResult } from '../search-port';
import { EmbeddedIndex } from './embedded-index';
import { readSnapshot, type SnapshotInfo, writeSnapshot } from './snapshot';

/** The in-process engine; its indexes live in memory, so it can save them to a file and load them back. */
export interface EmbeddedSearchEngine extends SearchEngine {
  /**
   * Writes every index to one file (atomically replacing it), e.g. before the service stops. The
   * indexes are captured at the call, before the returned promise settles, so later writes are not in it.
   */
  snapshot(path: string, label?: string): Promise<SnapshotInfo>;
  /**
   * Replaces every index with the ones in a file that `snapshot` wrote with the same label; keeps the
   * current indexes when the file is missing, broken, or labelled otherwise (and rejects).
   */
  restore(path: string, label?: string): Promise<SnapshotInfo>;
}

export function createEmbeddedEngine(): EmbeddedSearchEngine {
  let indexes = new Map<string, EmbeddedIndex>();
  const settled = (name: string): EmbeddedIndex => {
    const index = indexes.get(name);
    if (!index) throw new Error(`search index "${name}" has no settings yet: call applySettings first`);
    return index;
  };
  return {
    index: <Document extends object>(name: string): SearchIndex<Document> => ({
      applySettings: async (settings) => {
        const previous = indexes.get(name);
        if (previous && sameSettings(previous.settings, settings)) return;
        indexes.set(name, reindexed(name, previous, settings));
      },
      upsert: async (documents) => {
        settled(name).upsert(documents);
      },
      load: async (batches) => {
        let count = 0;
        for await (const batch of batches) {
          settled(name).upsert(batch);
          count += batch.length;
        }
        return count;
      },
      delete: async (ids) => indexes.get(name)?.delete(ids),
      search: async (query: SearchQuery): Promise<SearchResult<Document>> =>
        indexes.get(name)?.search<Document>(query) ?? { hits: [], totalHits: 0, facets: noFacets(query) },
      count: async () => indexes.get(name)?.size ?? 0,
      clear: async () => indexes.get(name)?.clear(),
    }),
    swapIndexes: async (pairs) => {
      const swapped = new Map(indexes);
      for (const [a, b] of pairs) {
        const [indexA, indexB] = [swapped.get(a), swapped.get(b)];
        if (indexB) swapped.set(a, indexB);
        else swapped.delete(a);
        if (indexA) swapped.set(b, indexA);
        else swapped.delete(b);
      }
      indexes = swapped;
    },
    deleteIndex: async (name) => {
      indexes.delete(name);
    },
    snapshot: (path, label = '') => writeSnapshot(path, indexes, label),
    restore: async (path, label = '') => {
      const restored = await readSnapshot(path, label);
      indexes = restored.indexes;
      return restored.info;
    },
    close: async () => {
      indexes = new Map();
    },
  };
}

/** New settings rebuild the index from its documents, as Meilisearch re-indexes on a settings change. */
function reindexed(
  name: string,
  previous: EmbeddedIndex | undefined,
  settings: IndexSettings,
): EmbeddedIndex {
  if (previous && previous.size > 0 && previous.settings.primaryKey !== settings.primaryKey) {
    throw new Error(
      `search index "${name}" holds documents keyed by "${previous.settings.primaryKey}"; clear it before changing the primary key`,
    );
  }
  const index = new EmbeddedIndex(structuredClone(settings));
  if (previous) index.upsert(previous.documents().map(({ document }) => document));
  return index;
}

function sameSettings(a: IndexSettings, b: IndexSettings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function noFacets(query: SearchQuery): Record<string, Record<string, number>> {
  return Object.fromEntries((query.facets ?? []).map((facet) => [facet, {}]));
}

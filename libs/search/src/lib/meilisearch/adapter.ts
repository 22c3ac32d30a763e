import { Meilisearch, MeiliSearchApiError, type EnqueuedTaskPromise, type Index } from 'meilisearch';
import { simplifyFilter } from '../filter-simplify';
import type { IndexSettings, SearchEngine, SearchIndex, SearchQuery, SearchResult } from '../search-port';
import { emptyResult, fromSearchResponse, toSearchParams } from './search-request';
import { toMeilisearchSettings } from './settings';

export interface MeilisearchEngineOptions {
  host: string;
  apiKey?: string;
  /** How long one write may stay queued and processing before it counts as failed. */
  taskTimeoutMs?: number;
}

export class MeilisearchTaskError extends Error {
  constructor(
    readonly taskUid: number,
    readonly status: string,
    readonly code: string | undefined,
    detail: string,
  ) {
    super(`Meilisearch task ${taskUid} ${status}${code ? ` (${code})` : ''}: ${detail}`);
    this.name = 'MeilisearchTaskError';
  }
}

export function createMeilisearchEngine(options: MeilisearchEngineOptions): SearchEngine {
  const client = new Meilisearch({
    host: options.host,
    apiKey: options.apiKey,
    defaultWaitOptions: { timeout: options.taskTimeoutMs ?? 60_000, interval: 50 },
  });
  // Documents are added with the primary key the settings named, so an empty index never has to guess it.
  const primaryKeys = new Map<string, string>();
  return {
    index: <Document extends object>(name: string) =>
      new MeilisearchIndex<Document>(client.index(name), primaryKeys),
    close: async () => undefined,
  };
}

class MeilisearchIndex<Document extends object> implements SearchIndex<Document> {
  constructor(
    private readonly index: Index,
    private readonly primaryKeys: Map<string, string>,
  ) {}

  async applySettings(settings: IndexSettings): Promise<void> {
    this.primaryKeys.set(this.index.uid, settings.primaryKey);
    await applied(this.index.updateSettings(toMeilisearchSettings(settings)));
  }

  async upsert(documents: readonly Document[]): Promise<void> {
    if (documents.length === 0) return;
    const primaryKey = this.primaryKeys.get(this.index.uid);
    await applied(this.index.addDocuments([...documents] as Record<string, unknown>[], primaryKey ? { primaryKey } : undefined));
  }

  async delete(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await unlessIndexMissing(applied(this.index.deleteDocuments([...ids])));
  }

  async search(query: SearchQuery): Promise<SearchResult<Document>> {
    const filter = simplifyFilter(query.filter);
    if (filter === 'matches-none') return emptyResult(query);
    try {
      const params = toSearchParams(query, filter);
      const response = await this.index.search(params.q, params);
      return fromSearchResponse<Document>(query, response);
    } catch (error) {
      if (isIndexNotFound(error)) return emptyResult(query);
      throw error;
    }
  }

  async count(): Promise<number> {
    try {
      return (await this.index.getStats()).numberOfDocuments;
    } catch (error) {
      if (isIndexNotFound(error)) return 0;
      throw error;
    }
  }

  async clear(): Promise<void> {
    await unlessIndexMissing(applied(this.index.deleteAllDocuments()));
  }
}

/** The client resolves a failed task like a successful one; a write that did not apply must throw. */
async function applied(enqueued: EnqueuedTaskPromise): Promise<void> {
  const task = await enqueued.waitTask();
  if (task.status !== 'succeeded') {
    throw new MeilisearchTaskError(task.uid, task.status, task.error?.code, task.error?.message ?? 'no error given');
  }
}

/** Nothing to delete from an index that was never created. */
async function unlessIndexMissing(write: Promise<void>): Promise<void> {
  try {
    await write;
  } catch (error) {
    if (!isIndexNotFound(error)) throw error;
  }
}

function isIndexNotFound(error: unknown): boolean {
  const code = error instanceof MeiliSearchApiError ? error.cause?.code : error instanceof MeilisearchTaskError ? error.code : undefined;
  return code === 'index_not_found';
}

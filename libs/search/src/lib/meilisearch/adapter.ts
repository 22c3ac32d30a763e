import {
  Meilisearch,
  MeiliSearchApiError,
  type EnqueuedTaskPromise,
  type Index,
  type Task,
} from 'meilisearch';
import { InvalidSearchQueryError } from '../embedded/query-validation';
import { simplifyFilter } from '../filter-simplify';
import {
  DEFAULT_MAX_TOTAL_HITS,
  type IndexSettings,
  type SearchEngine,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
} from '../search-port';
import { emptyResult, fromSearchResponse, toSearchParams } from './search-request';
import { settingsMatch, toMeilisearchSettings } from './settings';

export interface MeilisearchEngineOptions {
  host: string;
  apiKey?: string;
  /** How long one write may stay queued and processing before it counts as failed. */
  taskTimeoutMs?: number;
  /** Documents per request of a bulk load (`load`); larger chunks index faster, up to the payload limit. */
  loadChunkSize?: number;
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

/**
 * Every request asks for an uncompressed reply. Node's fetch otherwise asks for gzip, and Meilisearch's
 * compressed reply leaves in two TCP segments, the second held back (Nagle) until the client's delayed
 * acknowledgement of the first: ~40 ms added to every search, several times its own time.
 */
export const MEILISEARCH_REQUEST_HEADERS = { 'Accept-Encoding': 'identity' } as const;

/** Polling a task: quickly at first (a one-document write takes a few milliseconds), then every 50 ms. */
const TASK_POLL_DELAYS_MS = [2, 5, 10, 20, 30, 50];

const DEFAULT_LOAD_CHUNK_SIZE = 10_000;

/** What this process knows of an index it applied settings to. */
interface KnownIndex {
  primaryKey: string;
  maxTotalHits: number;
}

export function createMeilisearchEngine(options: MeilisearchEngineOptions): SearchEngine {
  const client = new Meilisearch({
    host: options.host,
    apiKey: options.apiKey,
    requestInit: { headers: { ...MEILISEARCH_REQUEST_HEADERS } },
  });
  const tasks = new TaskWaiter(client, options.taskTimeoutMs ?? 60_000);
  // Documents are added with the primary key the settings named, so an empty index never has to guess it.
  const known = new Map<string, KnownIndex>();
  const loadChunkSize = options.loadChunkSize ?? DEFAULT_LOAD_CHUNK_SIZE;
  return {
    index: <Document extends object>(name: string) =>
      new MeilisearchIndex<Document>(client.index(name), known, tasks, loadChunkSize),
    swapIndexes: async (pairs) => {
      if (pairs.length === 0) return;
      // Meilisearch swaps only indexes that exist; creating a missing one is a no-op race-free enough:
      // a concurrent creation fails with index_already_exists, which is just as good.
      for (const name of new Set(pairs.flat())) {
        await tasks.applied(client.createIndex(name), ['index_already_exists']);
      }
      await tasks.applied(client.swapIndexes(pairs.map(([a, b]) => ({ indexes: [a, b], rename: false }))));
      for (const [a, b] of pairs) {
        const [knownA, knownB] = [known.get(a), known.get(b)];
        if (knownB) known.set(a, knownB);
        else known.delete(a);
        if (knownA) known.set(b, knownA);
        else known.delete(b);
      }
    },
    deleteIndex: async (name) => {
      await tasks.applied(client.deleteIndex(name), ['index_not_found']);
      known.delete(name);
    },
    close: async () => undefined,
  };
}

class MeilisearchIndex<Document extends object> implements SearchIndex<Document> {
  constructor(
    private readonly index: Index,
    private readonly known: Map<string, KnownIndex>,
    private readonly tasks: TaskWaiter,
    private readonly loadChunkSize: number,
  ) {}

  /** Idempotent: another replica, or an earlier start, that applied the same settings leaves nothing to do. */
  async applySettings(settings: IndexSettings): Promise<void> {
    const wanted = toMeilisearchSettings(settings);
    const current = await this.index.getSettings().catch((error: unknown) => {
      if (isIndexNotFound(error)) return undefined;
      throw error;
    });
    if (!current || !settingsMatch(current, wanted))
      await this.tasks.applied(this.index.updateSettings(wanted));
    this.known.set(this.index.uid, {
      primaryKey: settings.primaryKey,
      maxTotalHits: settings.maxTotalHits ?? DEFAULT_MAX_TOTAL_HITS,
    });
  }

  async upsert(documents: readonly Document[]): Promise<void> {
    if (documents.length === 0) return;
    await this.tasks.applied(this.add(documents));
  }

  /**
   * Chunks of at most `loadChunkSize` documents are sent one after another without waiting for any to
   * be indexed (Meilisearch batches consecutive additions into one indexing run), and all their tasks
   * are waited for once at the end. A chunk over Meilisearch's payload limit is sent in halves.
   */
  async load(batches: AsyncIterable<readonly Document[]> | Iterable<readonly Document[]>): Promise<number> {
    const enqueued: number[] = [];
    let chunk: Document[] = [];
    let count = 0;
    const send = async (documents: Document[]): Promise<void> => {
      try {
        enqueued.push((await this.add(documents)).taskUid);
      } catch (error) {
        if (!isPayloadTooLarge(error) || documents.length < 2) throw error;
        const half = Math.ceil(documents.length / 2);
        await send(documents.slice(0, half));
        await send(documents.slice(half));
      }
    };
    for await (const batch of batches) {
      for (const document of batch) {
        chunk.push(document);
        if (chunk.length >= this.loadChunkSize) {
          await send(chunk);
          chunk = [];
        }
      }
      count += batch.length;
    }
    if (chunk.length > 0) await send(chunk);
    for (const uid of enqueued) await this.tasks.succeeded(uid);
    return count;
  }

  async delete(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.tasks.applied(this.index.deleteDocuments([...ids]), ['index_not_found']);
  }

  async search(query: SearchQuery): Promise<SearchResult<Document>> {
    const depth = (query.offset ?? 0) + query.limit;
    const maxTotalHits = this.known.get(this.index.uid)?.maxTotalHits;
    if (maxTotalHits !== undefined && depth > maxTotalHits) {
      throw new InvalidSearchQueryError(
        `offset + limit (${depth}) goes deeper than the index's maxTotalHits (${maxTotalHits}): Meilisearch would return nothing beyond it`,
      );
    }
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
    await this.tasks.applied(this.index.deleteAllDocuments(), ['index_not_found']);
  }

  private add(documents: readonly Document[]) {
    const primaryKey = this.known.get(this.index.uid)?.primaryKey;
    return this.index.addDocuments(
      [...documents] as Record<string, unknown>[],
      primaryKey ? { primaryKey } : undefined,
    );
  }
}

/** Waits for tasks by polling, quickly at first; a task that did not succeed throws. */
class TaskWaiter {
  constructor(
    private readonly client: Meilisearch,
    private readonly timeoutMs: number,
  ) {}

  /** The client resolves a failed task like a successful one; a write that did not apply must throw. */
  async applied(enqueued: EnqueuedTaskPromise, harmlessErrors: readonly string[] = []): Promise<void> {
    try {
      await this.succeeded((await enqueued).taskUid);
    } catch (error) {
      if (error instanceof MeilisearchTaskError && error.code && harmlessErrors.includes(error.code)) return;
      throw error;
    }
  }

  async succeeded(uid: number): Promise<Task> {
    const deadline = Date.now() + this.timeoutMs;
    for (let attempt = 0; ; attempt += 1) {
      const task = await this.client.tasks.getTask(uid);
      if (task.status === 'succeeded') return task;
      if (task.status === 'failed' || task.status === 'canceled') {
        throw new MeilisearchTaskError(
          task.uid,
          task.status,
          task.error?.code,
          task.error?.message ?? 'no error given',
        );
      }
      if (Date.now() > deadline) {
        throw new MeilisearchTaskError(
          uid,
          task.status,
          'timeout',
          `still ${task.status} after ${this.timeoutMs} ms`,
        );
      }
      await sleep(TASK_POLL_DELAYS_MS[Math.min(attempt, TASK_POLL_DELAYS_MS.length - 1)]);
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isPayloadTooLarge(error: unknown): boolean {
  return error instanceof MeiliSearchApiError && error.cause?.code === 'payload_too_large';
}

function isIndexNotFound(error: unknown): boolean {
  const code =
    error instanceof MeiliSearchApiError
      ? error.cause?.code
      : error instanceof MeilisearchTaskError
        ? error.code
        : undefined;
  return code === 'index_not_found';
}

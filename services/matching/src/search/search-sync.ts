import { Injectable } from '@nestjs/common';
import { jobForMatching, veteranForMatching } from '@vetlink/matching-score';
import type { JobRecord, VeteranRecord } from '../read-model/read-model.schema';
import { jobSearchDocument, JobSearchDocument, veteranSearchDocument } from './domain/search-documents';
import type { IndexChange } from './index-change-journal';
import { IndexSnapshots } from './index-snapshots';
import { IndexPair, MatchIndexes } from './match-indexes';

/** What the indexes are rebuilt from: the read model, a batch at a time. */
export interface IndexSource {
  allJobs(): AsyncIterable<JobRecord[]>;
  allVeterans(): AsyncIterable<VeteranRecord[]>;
}

/** Keeps the search indexes in step with the read model: after each write, and at start-up. */
@Injectable()
export class SearchSync {
  constructor(
    private readonly indexes: MatchIndexes,
    private readonly snapshots: IndexSnapshots,
  ) {}

  async job(record: JobRecord): Promise<void> {
    await this.snapshots.noteChange({ job: record });
    const document = jobDocumentOf(record);
    if (document) await this.indexes.jobs.upsert([document]);
    else await this.indexes.jobs.delete([record._id]);
  }

  async veteran(record: VeteranRecord): Promise<void> {
    await this.snapshots.noteChange({ veteran: record });
    await this.indexes.veterans.upsert([veteranSearchDocument(veteranForMatching(record.snapshot))]);
  }

  /** An erased veteran leaves the veterans index (and the journal a restart would replay). */
  async forgetVeteran(veteranId: string): Promise<void> {
    await this.snapshots.noteErasure(veteranId);
    await this.indexes.veterans.delete([veteranId]);
  }

  /**
   * Empties both indexes and fills them from the read model: the indexes are derived data, so after a
   * restart (the embedded engine starts empty) or any doubt they are rebuilt from what MongoDB holds.
   */
  async rebuild(source: IndexSource): Promise<{ jobs: number; veterans: number }> {
    await this.indexes.jobs.clear();
    await this.indexes.veterans.clear();
    const counts = await this.fill(this.indexes, source);
    this.indexes.markRestored('read model');
    return counts;
  }

  /**
   * Loads the read model into a pair of indexes (empty ones, with their settings) as bulk loads: on
   * Meilisearch large chunks sent without waiting for each, and one wait at the end.
   */
  async fill(target: IndexPair, source: IndexSource): Promise<{ jobs: number; veterans: number }> {
    const jobs = await target.jobs.load(
      mapBatches(source.allJobs(), (batch) => batch.flatMap((record) => jobDocumentOf(record) ?? [])),
    );
    const veterans = await target.veterans.load(
      mapBatches(source.allVeterans(), (batch) =>
        batch.map((record) => veteranSearchDocument(veteranForMatching(record.snapshot))),
      ),
    );
    return { jobs, veterans };
  }

  /**
   * After a snapshot was restored: applies what the indexes were given since it was taken, usually
   * little, instead of reading the whole read model. Only each record's last state matters.
   */
  async catchUp(changes: AsyncIterable<IndexChange[]>): Promise<{ jobs: number; veterans: number }> {
    const jobs = new Map<string, JobRecord>();
    const veterans = new Map<string, VeteranRecord | null>();
    for await (const batch of changes) {
      for (const { job, veteran, erasedVeteranId } of batch) {
        if (job) jobs.set(job._id, job);
        if (veteran) veterans.set(veteran._id, veteran);
        if (erasedVeteranId) veterans.set(erasedVeteranId, null);
      }
    }
    const documents: JobSearchDocument[] = [];
    const closed: string[] = [];
    for (const record of jobs.values()) {
      const document = jobDocumentOf(record);
      if (document) documents.push(document);
      else closed.push(record._id);
    }
    if (documents.length > 0) await this.indexes.jobs.upsert(documents);
    if (closed.length > 0) await this.indexes.jobs.delete(closed);
    const held = [...veterans.values()].filter((record) => record !== null);
    const erased = [...veterans.keys()].filter((veteranId) => veterans.get(veteranId) === null);
    if (held.length > 0)
      await this.indexes.veterans.upsert(
        held.map((record) => veteranSearchDocument(veteranForMatching(record.snapshot))),
      );
    if (erased.length > 0) await this.indexes.veterans.delete(erased);
    this.indexes.markRestored('snapshot');
    return { jobs: jobs.size, veterans: veterans.size };
  }
}

async function* mapBatches<From, To>(
  batches: AsyncIterable<From[]>,
  map: (batch: From[]) => To[],
): AsyncGenerator<To[]> {
  for await (const batch of batches) yield map(batch);
}

/** Open and paused jobs are indexed (searches ask for open ones); closed ones are not. */
function jobDocumentOf(record: JobRecord): JobSearchDocument | undefined {
  if (record.status === 'closed' || !record.snapshot) return undefined;
  return jobSearchDocument(jobForMatching(record.snapshot), {
    status: record.status,
    description: record.snapshot.description,
  });
}

import { Injectable } from '@nestjs/common';
import { jobForMatching, veteranForMatching } from '@vetlink/matching-score';
import type { JobRecord, VeteranRecord } from '../read-model/read-model.schema';
import { jobSearchDocument, JobSearchDocument, veteranSearchDocument } from './domain/search-documents';
import { MatchIndexes } from './match-indexes';

/** Keeps the search indexes in step with the read model: after each write, and wholesale at start-up. */
@Injectable()
export class SearchSync {
  constructor(private readonly indexes: MatchIndexes) {}

  async job(record: JobRecord): Promise<void> {
    const document = jobDocumentOf(record);
    if (document) await this.indexes.jobs.upsert([document]);
    else await this.indexes.jobs.delete([record._id]);
  }

  async veteran(record: VeteranRecord): Promise<void> {
    await this.indexes.veterans.upsert([veteranSearchDocument(veteranForMatching(record.snapshot))]);
  }

  /**
   * Empties both indexes and fills them from the read model: the indexes are derived data, so after a
   * restart (the embedded engine starts empty) or any doubt they are rebuilt from what MongoDB holds.
   */
  async rebuild(source: {
    allJobs(): AsyncIterable<JobRecord[]>;
    allVeterans(): AsyncIterable<VeteranRecord[]>;
  }): Promise<{ jobs: number; veterans: number }> {
    await this.indexes.jobs.clear();
    await this.indexes.veterans.clear();
    let jobs = 0;
    for await (const batch of source.allJobs()) {
      const documents = batch.flatMap((record) => jobDocumentOf(record) ?? []);
      if (documents.length > 0) await this.indexes.jobs.upsert(documents);
      jobs += documents.length;
    }
    let veterans = 0;
    for await (const batch of source.allVeterans()) {
      await this.indexes.veterans.upsert(
        batch.map((record) => veteranSearchDocument(veteranForMatching(record.snapshot))),
      );
      veterans += batch.length;
    }
    this.indexes.markRestored();
    return { jobs, veterans };
  }
}

/** Open and paused jobs are indexed (searches ask for open ones); closed ones are not. */
function jobDocumentOf(record: JobRecord): JobSearchDocument | undefined {
  if (record.status === 'closed' || !record.snapshot) return undefined;
  return jobSearchDocument(jobForMatching(record.snapshot), {
    status: record.status,
    description: record.snapshot.description,
  });
}

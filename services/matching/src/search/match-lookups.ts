import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@vetlink/http';
import type { SearchIndex } from '@vetlink/search';
import {
  jobForMatching,
  veteranForMatching,
  type JobForMatching,
  type VeteranForMatching,
} from '@vetlink/matching-score';
import { ReadModelRepository } from '../read-model/read-model.repository';
import { MatchIndexes } from './match-indexes';

/**
 * Reads one veteran or job by id, with the 404s the API gives: from the search index, which holds
 * every veteran and open or paused job as the score reads them (in memory; a read by `_id` from
 * FerretDB 1.x takes 20–230 ms at 100,000 documents), else from the read model (closed jobs, and
 * while the indexes are being restored).
 */
@Injectable()
export class MatchLookups {
  constructor(
    private readonly readModel: ReadModelRepository,
    private readonly indexes: MatchIndexes,
  ) {}

  async veteran(veteranId: string): Promise<VeteranForMatching> {
    const indexed = await byId(this.indexes.veterans, veteranId);
    if (indexed) return indexed.match;
    const record = await this.readModel.findVeteran(veteranId);
    if (!record) throw new NotFoundError(`matching knows no profile of veteran ${veteranId} (yet)`);
    return veteranForMatching(record.snapshot);
  }

  /** A job matching knows, open or not; closed ones are 404 unless `includeClosed`. */
  async job(
    jobId: string,
    { includeClosed = false } = {},
  ): Promise<{ job: JobForMatching; status: 'open' | 'paused' | 'closed' }> {
    const indexed = await byId(this.indexes.jobs, jobId);
    if (indexed) return { job: indexed.match, status: indexed.status };
    const record = await this.readModel.findJob(jobId);
    if (!record?.snapshot || (record.status === 'closed' && !includeClosed)) {
      throw new NotFoundError(`matching knows no open job ${jobId}`);
    }
    return { job: jobForMatching(record.snapshot), status: record.status };
  }
}

/** Filters compare case-insensitively, as Meilisearch's do: the id must match exactly too. */
async function byId<Document extends { id: string }>(
  index: SearchIndex<Document>,
  id: string,
): Promise<Document | undefined> {
  const { hits } = await index.search({ filter: { op: 'eq', field: 'id', value: id }, limit: 10 });
  return hits.find((hit) => hit.document.id === id)?.document;
}

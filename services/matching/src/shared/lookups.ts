import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import {
  jobForMatching,
  veteranForMatching,
  type JobForMatching,
  type VeteranForMatching,
} from '@vetlink/matching-score';
import { ReadModelRepository } from '../read-model/read-model.repository';

/** Whose matches a caller may see: their own (`me`), or anyone's for officers of the bureau. */
export function veteranIdFor(principal: Principal, veteranIdOrMe: string): string {
  if (veteranIdOrMe === 'me') {
    if (principal.role !== 'veteran')
      throw new ForbiddenException('only veterans have their own matches; name a veteran id');
    return principal.userId;
  }
  if (principal.role === 'officer' || (principal.role === 'veteran' && principal.userId === veteranIdOrMe))
    return veteranIdOrMe;
  throw new ForbiddenException("only the veteran themself and officers see a veteran's matches");
}

/** Reads from the read model by id, with the 404s the API gives. */
@Injectable()
export class ReadModelLookups {
  constructor(private readonly readModel: ReadModelRepository) {}

  async veteran(veteranId: string): Promise<VeteranForMatching> {
    const record = await this.readModel.findVeteran(veteranId);
    if (!record) throw new NotFoundException(`matching knows no profile of veteran ${veteranId} (yet)`);
    return veteranForMatching(record.snapshot);
  }

  /** A job matching knows, open or not; closed ones are 404 unless `includeClosed`. */
  async job(
    jobId: string,
    { includeClosed = false } = {},
  ): Promise<{ job: JobForMatching; status: 'open' | 'paused' | 'closed' }> {
    const record = await this.readModel.findJob(jobId);
    if (!record?.snapshot || (record.status === 'closed' && !includeClosed)) {
      throw new NotFoundException(`matching knows no open job ${jobId}`);
    }
    return { job: jobForMatching(record.snapshot), status: record.status };
  }
}

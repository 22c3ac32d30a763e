import { Inject, Injectable } from '@nestjs/common';
import type { VeteranForMatching } from '@vetlink/matching-score';
import { REDIS } from '@vetlink/queues';
import type Redis from 'ioredis';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { RecommendationsSettings, SETTINGS, stateKey } from '../settings.module';

/** Long enough for any run; the run deletes them when it finishes. */
const RETENTION_SECONDS = 3 * 24 * 3600;

/**
 * A preset dictionary of what every veteran's inputs spell out (the field names and common values), so
 * that each veteran compresses on its own to a fraction of its JSON. Changing it only makes inputs
 * stored before unreadable, which then come from the read model instead.
 */
const DICTIONARY = Buffer.from(
  JSON.stringify({
    veteranId: '',
    displayName: '',
    residence: { cityId: 'nanjing', districtId: 'nanjing-', lat: 32, lng: 118 },
    declaredSkills: [{ skillId: '', level: 3, verified: false }],
    derivedSkills: [{ skillId: '', strength: 'direct', from: [{ kind: 'specialty', id: '' }] }],
    derivedOccupations: [{ occupationId: '', strength: 'partial', from: [{ kind: 'training', id: '' }] }],
    seniorityBand: 'skilled',
    certificateIds: ['driving-licence-'],
    desiredOccupationIds: [],
    preferredCityIds: [],
    radiusKm: null,
    minimumMonthlySalary: null,
    employmentTypes: ['full-time'],
    jobSeekingStatus: 'actively-looking',
  }),
);

/**
 * The matching inputs of a run's veterans, written by the fan-out as it reads them and read by each
 * digest job by veteran id: the queued jobs carry ids only, and no worker reads 100k profiles one by one
 * from FerretDB. One Redis hash per run, each veteran compressed (a fraction of what the jobs carried).
 */
@Injectable()
export class RunVeterans {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(SETTINGS) private readonly settings: RecommendationsSettings,
  ) {}

  async store(runId: string, veterans: readonly VeteranForMatching[]): Promise<void> {
    if (veterans.length === 0) return;
    const fields = new Map(veterans.map((veteran) => [veteran.veteranId, pack(veteran)]));
    await this.redis.multi().hset(this.key(runId), fields).expire(this.key(runId), RETENTION_SECONDS).exec();
  }

  /** Null when not stored (or no longer readable): the caller reads the read model instead. */
  async inputsOf(runId: string, veteranId: string): Promise<VeteranForMatching | null> {
    const packed = await this.redis.hgetBuffer(this.key(runId), veteranId);
    if (!packed) return null;
    try {
      return JSON.parse(inflateRawSync(packed, { dictionary: DICTIONARY }).toString('utf8'));
    } catch {
      return null;
    }
  }

  /** The run is over: a digest retried later reads its veteran from the read model. */
  async forget(runId: string): Promise<void> {
    await this.redis.del(this.key(runId));
  }

  private key(runId: string): string {
    return stateKey(this.settings, 'run', runId, 'veterans');
  }
}

function pack(veteran: VeteranForMatching): Buffer {
  return deflateRawSync(JSON.stringify(veteran), { dictionary: DICTIONARY });
}

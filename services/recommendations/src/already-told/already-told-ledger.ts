import { Inject, Injectable } from '@nestjs/common';
import type { JobToldPayload } from '@vetlink/contracts';
import { REDIS } from '@vetlink/queues';
import type Redis from 'ioredis';
import { RecommendationsSettings, SETTINGS, stateKey } from '../settings.module';

/** A told entry lives this long after its veteran's last one: long past any job's deadline. */
const TOLD_RETENTION_SECONDS = 180 * 24 * 3600;

/**
 * What each veteran was already told (pushed or digested), learnt from notifications.job-told: per
 * veteran, each job's fingerprint last told (a Redis hash per veteran, so a digest reads all of one
 * veteran's in one call; the key still says `told`). Events of one veteran arrive in order (keyed by the
 * veteran), so the last write is the latest version told.
 */
@Injectable()
export class AlreadyToldLedger {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(SETTINGS) private readonly settings: RecommendationsSettings,
  ) {}

  async record(told: Pick<JobToldPayload, 'veteranId' | 'jobId' | 'jobFingerprint'>): Promise<void> {
    const key = this.keyOf(told.veteranId);
    await this.redis
      .multi()
      .hset(key, told.jobId, told.jobFingerprint)
      .expire(key, TOLD_RETENTION_SECONDS)
      .exec();
  }

  /** jobId → fingerprint last told to this veteran. */
  async toldTo(veteranId: string): Promise<Map<string, string>> {
    return new Map(Object.entries(await this.redis.hgetall(this.keyOf(veteranId))));
  }

  async forget(veteranId: string): Promise<void> {
    await this.redis.del(this.keyOf(veteranId));
  }

  private keyOf(veteranId: string): string {
    return stateKey(this.settings, 'told', veteranId);
  }
}

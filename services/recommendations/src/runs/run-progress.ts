import { Inject, Injectable } from '@nestjs/common';
import { REDIS } from '@vetlink/queues';
import type Redis from 'ioredis';
import { RecommendationsSettings, SETTINGS, stateKey } from '../settings.module';
import { DIGEST_OUTCOMES, DigestOutcome } from '../digests/domain/digest-window';
import type { RunCounts } from './domain/run-rules';

/** Run progress lives a while after the run, for the operators' questions. */
const PROGRESS_RETENTION_SECONDS = 60 * 24 * 3600;

/**
 * Records each veteran's outcome once, counting it in the same step (a Lua script, atomic in Redis), and
 * clears an earlier failure of the same veteran.
 */
const RECORD_OUTCOME = `
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 1 then
  redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
  redis.call('HDEL', KEYS[3], ARGV[1])
  for _, key in ipairs(KEYS) do redis.call('EXPIRE', key, ARGV[3]) end
  return 1
end
return 0`;

export interface FailedVeteran {
  veteranId: string;
  reason: string;
}

/**
 * How far a run is: the veterans it fanned out to, each one's outcome (exactly once), and the veterans
 * whose digest failed after every retry. In Redis, beside the queues, so every worker process shares it.
 */
@Injectable()
export class RunProgress {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(SETTINGS) private readonly settings: RecommendationsSettings,
  ) {}

  /** False when the veteran's outcome was recorded before (a repeat changes nothing). */
  async recordOutcome(runId: string, veteranId: string, outcome: DigestOutcome): Promise<boolean> {
    const recorded = await this.redis.eval(
      RECORD_OUTCOME,
      3,
      this.key(runId, 'outcomes'),
      this.key(runId, 'counts'),
      this.key(runId, 'failed'),
      veteranId,
      outcome,
      PROGRESS_RETENTION_SECONDS,
    );
    return recorded === 1;
  }

  async outcomeOf(runId: string, veteranId: string): Promise<DigestOutcome | null> {
    return (await this.redis.hget(this.key(runId, 'outcomes'), veteranId)) as DigestOutcome | null;
  }

  async recordFailure(runId: string, veteranId: string, reason: string): Promise<void> {
    if (await this.outcomeOf(runId, veteranId)) return;
    const key = this.key(runId, 'failed');
    await this.redis
      .multi()
      .hset(key, veteranId, reason.slice(0, 500))
      .expire(key, PROGRESS_RETENTION_SECONDS)
      .exec();
  }

  async clearFailure(runId: string, veteranId: string): Promise<void> {
    await this.redis.hdel(this.key(runId, 'failed'), veteranId);
  }

  async setTotal(runId: string, total: number): Promise<void> {
    await this.redis.set(this.key(runId, 'total'), String(total), 'EX', PROGRESS_RETENTION_SECONDS);
  }

  async counts(runId: string): Promise<RunCounts> {
    const [total, counts, failed] = await Promise.all([
      this.redis.get(this.key(runId, 'total')),
      this.redis.hgetall(this.key(runId, 'counts')),
      this.redis.hlen(this.key(runId, 'failed')),
    ]);
    const outcomes = Object.fromEntries(
      DIGEST_OUTCOMES.map((outcome) => [outcome, Number(counts[outcome] ?? 0)]),
    ) as Record<DigestOutcome, number>;
    return { total: total === null ? null : Number(total), outcomes, failed };
  }

  /** A page of the failed veterans, in no particular order (`cursor` from the previous page, '0' first). */
  async failed(
    runId: string,
    cursor = '0',
    count = 100,
  ): Promise<{ veterans: FailedVeteran[]; next: string | null }> {
    const [next, flat] = await this.redis.hscan(this.key(runId, 'failed'), cursor, 'COUNT', count);
    const veterans: FailedVeteran[] = [];
    for (let i = 0; i < flat.length; i += 2) veterans.push({ veteranId: flat[i], reason: flat[i + 1] });
    return { veterans, next: next === '0' ? null : next };
  }

  private key(runId: string, part: string): string {
    return stateKey(this.settings, 'run', runId, part);
  }
}

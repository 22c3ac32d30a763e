import { Inject, Injectable } from '@nestjs/common';
import { REDIS } from '@vetlink/queues';
import type Redis from 'ioredis';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { RecommendationsSettings, SETTINGS, stateKey } from '../settings.module';
import type { DigestJob } from './domain/digest-job';

const gzipped = promisify(gzip);
const gunzipped = promisify(gunzip);

/** Long enough for any run; the run deletes it when it finishes. */
const RETENTION_SECONDS = 3 * 24 * 3600;

/**
 * The jobs a run can feature, as one compressed value in Redis: read from FerretDB once per run (by the
 * run job, before it fans out), then loaded by every worker process from here instead of each scanning
 * the whole jobs collection. Written once (SET NX): whoever stores first fixes the run's jobs.
 */
@Injectable()
export class RunJobSnapshots {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(SETTINGS) private readonly settings: RecommendationsSettings,
  ) {}

  /** Null when none is stored (or it cannot be read): the caller builds it from the read model. */
  async load(runId: string): Promise<DigestJob[] | null> {
    const packed = await this.redis.getBuffer(this.key(runId));
    if (!packed) return null;
    try {
      return JSON.parse((await gunzipped(packed)).toString('utf8'));
    } catch {
      return null;
    }
  }

  async store(runId: string, jobs: readonly DigestJob[]): Promise<void> {
    const packed = await gzipped(Buffer.from(JSON.stringify(jobs)), { level: 4 });
    await this.redis.set(this.key(runId), packed, 'EX', RETENTION_SECONDS, 'NX');
  }

  async forget(runId: string): Promise<void> {
    await this.redis.del(this.key(runId));
  }

  private key(runId: string): string {
    return stateKey(this.settings, 'run', runId, 'jobs');
  }
}

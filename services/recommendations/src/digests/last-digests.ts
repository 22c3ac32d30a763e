import { Inject, Injectable } from '@nestjs/common';
import { REDIS } from '@vetlink/queues';
import type Redis from 'ioredis';
import { RecommendationsSettings, SETTINGS, stateKey } from '../settings.module';

/**
 * Up to when each veteran's last digest covered jobs, so that the next covers only what came since.
 * One Redis hash: read once per digest, written once per digest sent (a FerretDB update by `_id` costs
 * far more at 100k veterans). The digests collection holds the durable record of each digest.
 */
@Injectable()
export class LastDigests {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(SETTINGS) private readonly settings: RecommendationsSettings,
  ) {}

  async until(veteranId: string): Promise<Date | null> {
    const value = await this.redis.hget(this.key(), veteranId);
    return value ? new Date(value) : null;
  }

  /** Never moves back (a late retry of an older week's digest). */
  async advance(veteranId: string, until: Date): Promise<void> {
    const held = await this.until(veteranId);
    if (held && held.getTime() >= until.getTime()) return;
    await this.redis.hset(this.key(), veteranId, until.toISOString());
  }

  private key(): string {
    return stateKey(this.settings, 'last-digest-until');
  }
}

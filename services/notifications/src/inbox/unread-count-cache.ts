import { Inject, Injectable, Logger } from '@nestjs/common';
import { REDIS } from '@vetlink/queues';
import Redis from 'ioredis';
import { NotificationsSettings, SETTINGS } from '../shared/settings.module';

/** A cached count is dropped at the latest after this, whatever happens (an invalidation lost while Redis was away). */
const COUNT_TTL_SECONDS = 120;
/** The version outlives any read that could still be holding it. */
const VERSION_TTL_SECONDS = 86_400;
/** Past this, Redis is treated as absent and the inbox is read instead. */
const REDIS_PATIENCE_MS = 100;

export interface CachedUnreadCount {
  /** Undefined when not cached. */
  count?: number;
  /** The user's version when read: a count read from the database is cached only if it has not moved. */
  version: string;
}

/**
 * The unread count, asked on every screen, kept in Redis beside the inbox so that it is answered
 * without a database round trip (queued, locally, behind the deliveries' writes on one connection).
 * The inbox stays the truth. Every change of a user's unread set bumps the user's version and drops
 * the count after it is written; a count read from the database is stored only if the version is still
 * the one seen before the read, so a count read before a change can never be stored after it.
 * Redis slow or away: the database answers, and a lost invalidation lives at most COUNT_TTL_SECONDS.
 */
@Injectable()
export class UnreadCountCache {
  private readonly logger = new Logger(UnreadCountCache.name);
  private lastWarning = 0;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(SETTINGS) private readonly settings: NotificationsSettings,
  ) {}

  async read(userId: string): Promise<CachedUnreadCount | undefined> {
    const [count, version] =
      (await this.patiently(this.redis.mget(this.countKey(userId), this.versionKey(userId)))) ?? [];
    if (count === undefined) return undefined;
    return { ...(count === null ? {} : { count: Number(count) }), version: version ?? '' };
  }

  async fill(userId: string, seenVersion: string, count: number): Promise<void> {
    await this.patiently(
      this.redis.eval(
        FILL_SCRIPT,
        2,
        this.versionKey(userId),
        this.countKey(userId),
        seenVersion,
        count,
        COUNT_TTL_SECONDS,
      ),
    );
  }

  async invalidate(userIds: Iterable<string>): Promise<void> {
    const users = new Set(userIds);
    if (users.size === 0) return;
    const pipeline = this.redis.multi();
    for (const userId of users) {
      pipeline.incr(this.versionKey(userId)).expire(this.versionKey(userId), VERSION_TTL_SECONDS);
      pipeline.del(this.countKey(userId));
    }
    await this.patiently(pipeline.exec());
  }

  /** The command's answer, or undefined when Redis failed or took longer than REDIS_PATIENCE_MS. */
  private async patiently<T>(command: Promise<T>): Promise<T | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const failed = Symbol('failed');
    const answered = command.catch((error: Error) => {
      this.warn(error.message);
      return failed;
    });
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), REDIS_PATIENCE_MS);
    });
    const answer = await Promise.race([answered, late]);
    clearTimeout(timer);
    if (answer === undefined) this.warn('Redis did not answer in time');
    return answer === failed ? undefined : (answer as T | undefined);
  }

  private warn(reason: string): void {
    const now = Date.now();
    if (now - this.lastWarning < 60_000) return;
    this.lastWarning = now;
    this.logger.warn(`unread counts read from the inbox: ${reason}`);
  }

  // One hash tag per user: both keys in one Redis Cluster slot, as the script needs.
  private countKey(userId: string): string {
    return `${this.settings.redisKeyPrefix}:inbox-unread:{${userId}}:count`;
  }

  private versionKey(userId: string): string {
    return `${this.settings.redisKeyPrefix}:inbox-unread:{${userId}}:version`;
  }
}

/** Stores the count only if the user's version is still the one seen before the database was read. */
const FILL_SCRIPT = `
local version = redis.call('GET', KEYS[1]) or ''
if version == ARGV[1] then redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[3]) end
return 0`;

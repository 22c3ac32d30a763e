import { Inject, Injectable, Logger } from '@nestjs/common';
import { REDIS } from '@vetlink/queues';
import Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { ThrottleRules } from './domain/sign-in-throttle';

export const THROTTLE_SETTINGS = Symbol('THROTTLE_SETTINGS');
export interface ThrottleSettings {
  rules: ThrottleRules;
  keyPrefix: string;
}

/**
 * Counters in Redis, shared by every instance of the service: failures per account (with the lock),
 * attempts per address. Keys expire by themselves. Should Redis not answer, sign-in goes on without
 * the throttle (logged): the passwords' argon2id cost still slows guessing, and nobody is locked out.
 */
@Injectable()
export class SignInThrottle {
  private readonly logger = new Logger(SignInThrottle.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(THROTTLE_SETTINGS) private readonly settings: ThrottleSettings,
  ) {}

  /** Seconds until the address may try again, or 0; counts this attempt. */
  async addressWait(address: string): Promise<number> {
    const { rules } = this.settings;
    const key = this.key('address', digest(address));
    return this.guarded(0, async () => {
      const [[, count], [, ttl]] = (await this.redis
        .multi()
        .incr(key)
        .expire(key, rules.addressWindowSeconds, 'NX')
        .ttl(key)
        .exec()) as [[null, number], [null, number], [null, number]];
      return count > rules.attemptsPerAddress ? Math.max(1, ttl) : 0;
    });
  }

  /** Seconds the account stays locked, or 0. */
  async lockedFor(accountId: string): Promise<number> {
    return this.guarded(0, async () => Math.max(0, await this.redis.ttl(this.key('lock', accountId))));
  }

  /** Counts a wrong password; answers the lock's seconds when this failure locks the account. */
  async failed(accountId: string): Promise<number> {
    const { rules } = this.settings;
    const failures = this.key('failures', accountId);
    return this.guarded(0, async () => {
      const [[, count]] = (await this.redis
        .multi()
        .incr(failures)
        .expire(failures, rules.failureWindowSeconds, 'NX')
        .exec()) as [[null, number], [null, number]];
      if (count < rules.failuresBeforeLock) return 0;
      await this.redis
        .multi()
        .set(this.key('lock', accountId), '1', 'EX', rules.lockSeconds)
        .del(failures)
        .exec();
      return rules.lockSeconds;
    });
  }

  async succeeded(accountId: string): Promise<void> {
    await this.guarded(undefined, () =>
      this.redis.del(this.key('failures', accountId)).then(() => undefined),
    );
  }

  /** Lifts a lock and forgets the failures: the password was just reset by its owner. */
  async unlock(accountId: string): Promise<void> {
    await this.guarded(undefined, () =>
      this.redis.del(this.key('lock', accountId), this.key('failures', accountId)).then(() => undefined),
    );
  }

  private key(kind: string, id: string): string {
    return `${this.settings.keyPrefix}:sign-in:${kind}:${id}`;
  }

  private async guarded<T>(fallback: T, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      this.logger.warn(`sign-in throttle skipped: Redis did not answer (${(error as Error).message})`);
      return fallback;
    }
  }
}

/** Addresses are personal data too: the keys carry a digest. */
function digest(address: string): string {
  return createHash('sha256').update(address).digest('base64url').slice(0, 22);
}

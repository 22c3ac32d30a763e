import { Inject, Injectable, Logger } from '@nestjs/common';
import { REDIS } from '@vetlink/queues';
import Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { THROTTLE_SETTINGS, ThrottleSettings } from '../sessions/sign-in-throttle';
import { CodeLimits, CodePurpose, waitSeconds } from './domain/code-limits';

export const CODE_LIMITS = Symbol('CODE_LIMITS');

/**
 * Windows counted in Redis, shared by every instance, under the sign-in throttle's key prefix and the
 * code's purpose: codes asked per login, requests and confirmations per address. Should Redis not
 * answer, the limit is skipped (logged), as sign-in's is: a code still allows only five tries, kept in
 * the database.
 */
@Injectable()
export class CodeThrottle {
  private readonly logger = new Logger(CodeThrottle.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(THROTTLE_SETTINGS) private readonly settings: ThrottleSettings,
    @Inject(CODE_LIMITS) private readonly limits: CodeLimits,
  ) {}

  /** Seconds until the address may try again, or 0; counts this attempt. */
  addressWait(purpose: CodePurpose, address: string): Promise<number> {
    return this.count(purpose, 'address', address, this.limits.attemptsPerAddress);
  }

  /** Seconds until another code may be asked for this login, or 0; counts this request. */
  loginWait(purpose: CodePurpose, loginKey: string): Promise<number> {
    return this.count(purpose, 'login', loginKey, this.limits.requestsPerLogin);
  }

  private async count(purpose: CodePurpose, kind: string, subject: string, limit: number): Promise<number> {
    const key = `${this.settings.keyPrefix}:${purpose}:${kind}:${digest(subject)}`;
    try {
      const [[, count], , [, ttl]] = (await this.redis
        .multi()
        .incr(key)
        .expire(key, this.limits.windowSeconds, 'NX')
        .ttl(key)
        .exec()) as [[null, number], [null, number], [null, number]];
      return waitSeconds(count, limit, ttl);
    } catch (error) {
      this.logger.warn(`${purpose} throttle skipped: Redis did not answer (${(error as Error).message})`);
      return 0;
    }
  }
}

/** Addresses and logins are personal data: the keys carry a digest. */
function digest(subject: string): string {
  return createHash('sha256').update(subject).digest('base64url').slice(0, 22);
}

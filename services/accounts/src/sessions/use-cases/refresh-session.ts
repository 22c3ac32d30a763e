import { Inject, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { AccountsRepository } from '../../accounts/accounts.repository';
import { newRefreshToken, parseRefreshToken, refreshRefusal } from '../domain/refresh-token';
import { SessionsRepository } from '../sessions.repository';
import { SessionTokens, StartSession } from './start-session';

const MESSAGES = {
  unknown: 'the refresh token is not valid',
  expired: 'the refresh token has expired: sign in again',
  revoked: 'the refresh token was revoked: sign in again',
  reused: 'the refresh token was used already: every session of this device is signed out, sign in again',
  'account-disabled': 'this account is disabled',
} as const;

/**
 * Exchanges a refresh token for a new pair. The old token can be exchanged once: the exchange is
 * claimed by a unique insert, so of two concurrent exchanges (or a thief's and the owner's) one wins,
 * and a second use revokes the chain (RFC 9700's reuse detection).
 */
@Injectable()
export class RefreshSession {
  private readonly logger = new Logger(RefreshSession.name);

  constructor(
    private readonly sessions: SessionsRepository,
    private readonly accounts: AccountsRepository,
    private readonly startSession: StartSession,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(refreshToken: string): Promise<SessionTokens> {
    const parts = parseRefreshToken(refreshToken);
    if (!parts) throw new UnauthorizedException(MESSAGES.unknown);
    const token = await this.sessions.find(parts.id);
    const now = this.clock.now();
    const account = token ? await this.accounts.findById(token.accountId) : undefined;
    const refusal = refreshRefusal(token, parts.secret, {
      now,
      familyRevoked: token ? await this.sessions.isFamilyRevoked(token.familyId) : false,
      replaced: token ? await this.sessions.wasReplaced(token.id) : false,
      ...(account ? { sessionsValidFrom: account.sessionsValidFrom } : {}),
      accountActive: account?.status === 'active',
    });
    if (refusal === 'reused' && token) await this.revokeReused(token.familyId, token.accountId, now);
    if (refusal || !token || !account) throw new UnauthorizedException(MESSAGES[refusal ?? 'unknown']);

    const next = newRefreshToken();
    if (!(await this.sessions.claimRotation(token.id, account.id, next.id, now))) {
      await this.revokeReused(token.familyId, token.accountId, now);
      throw new UnauthorizedException(MESSAGES.reused);
    }
    return this.startSession.execute(account, token.familyId, next);
  }

  private async revokeReused(familyId: string, accountId: string, now: Date) {
    this.logger.warn({ accountId }, 'a refresh token was presented twice: its chain is revoked');
    await this.sessions.revokeFamily(familyId, accountId, 'reuse-detected', now);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { randomUUID } from 'node:crypto';
import { Account } from '../../accounts/domain/account';
import { AccessTokenIssuer } from '../../tokens/access-token-issuer';
import { digestSecret, newRefreshToken } from '../domain/refresh-token';
import { SessionsRepository } from '../sessions.repository';

export const REFRESH_LIFETIME_DAYS = Symbol('REFRESH_LIFETIME_DAYS');

export interface SessionTokens {
  tokenType: 'Bearer';
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
  userId: string;
  role: Account['role'];
  organisationId?: string;
}

/** Issues an access token and the next refresh token of a chain (a new chain when none is given). */
@Injectable()
export class StartSession {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly issuer: AccessTokenIssuer,
    @Inject(REFRESH_LIFETIME_DAYS) private readonly refreshLifetimeDays: number,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The refresh token's record is written before anything is handed out. */
  async execute(
    account: Account,
    familyId: string = randomUUID(),
    refresh = newRefreshToken(),
  ): Promise<SessionTokens> {
    const now = this.clock.now();
    const refreshExpiresAt = new Date(now.getTime() + this.refreshLifetimeDays * 86_400_000);
    await this.sessions.insert({
      id: refresh.id,
      accountId: account.id,
      familyId,
      secretDigest: digestSecret(refresh.secret),
      issuedAt: now,
      expiresAt: refreshExpiresAt,
    });
    const principal = {
      userId: account.id,
      role: account.role,
      ...(account.organisationId ? { organisationId: account.organisationId } : {}),
    };
    const access = this.issuer.issue(principal, Math.floor(now.getTime() / 1000));
    return {
      tokenType: 'Bearer',
      accessToken: access.accessToken,
      expiresIn: access.expiresIn,
      refreshToken: refresh.text,
      refreshExpiresAt,
      ...principal,
    };
  }
}

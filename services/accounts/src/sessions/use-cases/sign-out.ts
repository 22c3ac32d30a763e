import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { AccountsRepository } from '../../accounts/accounts.repository';
import { parseRefreshToken, secretMatches } from '../domain/refresh-token';
import { SessionsRepository } from '../sessions.repository';

@Injectable()
export class SignOut {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly accounts: AccountsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Ends this device's chain. Answers the same whether or not the token was valid, so that it
   * cannot be used to probe tokens; a token that does not match changes nothing.
   */
  async thisDevice(refreshToken: string): Promise<void> {
    const parts = parseRefreshToken(refreshToken);
    const token = parts ? await this.sessions.find(parts.id) : undefined;
    if (!parts || !token || !secretMatches(parts.secret, token.secretDigest)) return;
    await this.sessions.revokeFamily(token.familyId, token.accountId, 'signed-out', this.clock.now());
  }

  /** Every refresh token issued so far is refused; access tokens run out within their short lifetime. */
  async everywhere(caller: Principal): Promise<void> {
    await this.accounts.endSessionsBefore(caller.userId, this.clock.now());
  }
}

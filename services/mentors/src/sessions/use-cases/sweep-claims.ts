import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { MentorsSettings, SETTINGS } from '../../settings.module';
import { ClaimsRepository } from '../claims.repository';
import { SessionsRepository } from '../sessions.repository';

const BATCH = 5000;

/**
 * Housekeeping of the claims: drops those whose time has passed, and those older than the grace period
 * that no session holds — a crash between claiming and writing the booking (or a move, or a cancel)
 * leaves such claims, and until they go they keep a free time from being booked.
 */
@Injectable()
export class SweepClaims {
  constructor(
    private readonly claims: ClaimsRepository,
    private readonly sessions: SessionsRepository,
    @Inject(SETTINGS) private readonly settings: MentorsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(): Promise<{ expired: number; orphaned: number }> {
    const now = this.clock.now();
    const expired = await this.claims.releaseExpired(now);
    const stale = await this.claims.claimedBefore(
      new Date(now.getTime() - this.settings.claimGraceMs),
      BATCH,
    );
    const sessions = await this.sessions.findMany([...new Set(stale.map((claim) => claim.sessionId))]);
    const byId = new Map(sessions.map((session) => [session.id, session]));
    const settledBefore = now.getTime() - this.settings.claimGraceMs;
    let orphaned = 0;
    for (const claim of stale) {
      const session = byId.get(claim.sessionId);
      // A session changed within the grace period may still be releasing or taking claims itself.
      if (session && (session.claimIds.includes(claim._id) || session.updatedAt.getTime() > settledBefore))
        continue;
      await this.claims.deleteOne(claim._id, claim.sessionId);
      orphaned++;
    }
    return { expired, orphaned };
  }
}

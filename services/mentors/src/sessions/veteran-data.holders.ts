import { Injectable } from '@nestjs/common';
import { VeteranDataHolder } from '@vetlink/privacy';
import { ClaimsRepository } from './claims.repository';
import { SessionReminders } from './session-reminders';
import { SessionsRepository } from './sessions.repository';

/**
 * A veteran's sessions. Erasure first frees the time of their booked sessions (claims released, so the
 * mentor's slots open again, and reminders removed), then deletes the sessions. The export leaves out
 * the mentor's private notes (the mentor's working notes, read only by the mentor and officers) and
 * internal bookkeeping.
 */
@Injectable()
export class VeteranSessionsHolder extends VeteranDataHolder {
  readonly section = 'sessions';

  constructor(
    private readonly sessions: SessionsRepository,
    private readonly claims: ClaimsRepository,
    private readonly reminders: SessionReminders,
  ) {
    super();
  }

  async exportFor(veteranId: string): Promise<unknown> {
    const sessions = await this.sessions.ofVeteran(veteranId);
    return sessions.map(
      ({ privateNotes: _notes, claimIds: _claims, remindedOffsets: _reminded, ...kept }) => kept,
    );
  }

  async eraseFor(veteranId: string): Promise<void> {
    for (const session of await this.sessions.ofVeteran(veteranId)) {
      if (session.status !== 'booked') continue;
      await this.claims.release(session.claimIds, session.id);
      await this.reminders.unschedule(session);
    }
    await this.sessions.deleteOfVeteran(veteranId);
  }
}

/** The claims whose `_id` names the veteran: their time blocks and their places among the upcoming. */
@Injectable()
export class VeteranClaimsHolder extends VeteranDataHolder {
  readonly section = 'claims';

  constructor(private readonly claims: ClaimsRepository) {
    super();
  }

  async exportFor(veteranId: string): Promise<unknown> {
    const found = await Promise.all(prefixesOf(veteranId).map((prefix) => this.claims.withPrefix(prefix)));
    return found
      .flat()
      .map((claim) => ({ id: claim._id, sessionId: claim.sessionId, claimedAt: claim.claimedAt }));
  }

  async eraseFor(veteranId: string): Promise<void> {
    for (const prefix of prefixesOf(veteranId)) await this.claims.deleteWithPrefix(prefix);
  }
}

function prefixesOf(veteranId: string): string[] {
  return [`veteran:${veteranId}:`, `upcoming:${veteranId}:`, `pair:${veteranId}:`];
}

import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { sessionCancelled } from '@vetlink/contracts';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { VeteranDataHolder } from '@vetlink/privacy';
import { SERVICE_NAME } from '../service-name';
import { MentorsSettings, SETTINGS } from '../settings.module';
import { ClaimsRepository } from './claims.repository';
import { Session } from './domain/session';
import { cancelledPayload } from './domain/session-events';
import { SessionChangesRepository } from './session-changes.repository';
import { SessionReminders } from './session-reminders';
import { SessionsRepository } from './sessions.repository';

/** What an erased veteran's sessions say in place of their id (the mentor keeps the session, anonymised). */
export const ERASED_VETERAN = 'erased-veteran';
const ERASED_REASON = "the veteran's account was erased";

/**
 * A veteran's sessions. Erasure cancels their booked sessions (officer, with `mentors.session-cancelled`,
 * so that the mentor is told and the claims go: the mentor's slots open at once, reminders removed), then
 * anonymises every session of theirs: the veteran's id, topic, note and rating comment go, while the
 * mentor keeps an anonymous record of the time (and their counts). The export leaves out the mentor's
 * private notes (the mentor's working notes, read only by the mentor and officers) and bookkeeping.
 */
@Injectable()
export class VeteranSessionsHolder extends VeteranDataHolder {
  readonly section = 'sessions';

  constructor(
    private readonly sessions: SessionsRepository,
    private readonly claims: ClaimsRepository,
    private readonly changes: SessionChangesRepository,
    private readonly reminders: SessionReminders,
    @Inject(SETTINGS) private readonly settings: MentorsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
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
    const now = this.clock.now();
    for (const session of await this.sessions.ofVeteran(veteranId)) {
      if (session.status === 'booked') await this.cancel(session, now);
      await this.sessions.annotate(session.id, {
        $set: { veteranId: ERASED_VETERAN, topic: '—', updatedAt: now },
        $unset: { note: '', 'rating.comment': '' },
      });
    }
  }

  private async cancel(session: Session, now: Date): Promise<void> {
    // A change in flight (its token taken) still loses the claims below; only its event is not ours.
    if (await this.changes.takeChange(session.id, session.sequence, now, this.settings.claimGraceMs)) {
      const after: Session = {
        ...session,
        status: 'cancelled',
        claimIds: [],
        sequence: session.sequence + 1,
      };
      await this.sessions.change(
        session,
        {
          status: 'cancelled',
          cancelledBy: 'officer',
          cancelReason: ERASED_REASON,
          claimIds: [],
          updatedAt: now,
        },
        [
          pendingEvent(
            sessionCancelled,
            cancelledPayload(after, 'officer', now, ERASED_REASON),
            eventOrigin(SERVICE_NAME, now),
          ),
        ],
      );
    }
    await this.claims.release(session.claimIds, session.id);
    await this.reminders.unschedule(session);
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

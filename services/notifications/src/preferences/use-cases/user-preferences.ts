import { Inject, Injectable } from '@nestjs/common';
import type { VeteranProfileSnapshot, ProfileSnapshotField } from '@vetlink/contracts';
import { Clock, CLOCK } from '@vetlink/clock';
import { PerKeyQueue } from '@vetlink/persistence';
import { NotificationsSettings, SETTINGS } from '../../shared/settings.module';
import type { NotificationCategory } from '../../templates/domain/template';
import {
  applyProfileSnapshot,
  changePreferences,
  defaultPreferences,
  NotificationPreferences,
  PreferenceChanges,
} from '../domain/preferences';
import { PreferencesRepository } from '../preferences.repository';

/**
 * Reads and changes a user's preferences. Every change is a read and a write, so changes of one user
 * (their API calls, profile events, unsubscribe links) run one at a time in this process.
 */
@Injectable()
export class UserPreferences {
  private readonly perUser = new PerKeyQueue();

  constructor(
    private readonly repository: PreferencesRepository,
    @Inject(SETTINGS) private readonly settings: NotificationsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The stored preferences, or the defaults for a user who never set any. */
  async of(userId: string): Promise<NotificationPreferences> {
    return (
      (await this.repository.find(userId)) ??
      defaultPreferences(userId, this.settings.jobPushDailyCap, this.clock.now())
    );
  }

  change(userId: string, changes: PreferenceChanges): Promise<NotificationPreferences> {
    return this.write(userId, (held) =>
      changePreferences(held ?? this.defaults(userId), changes, this.clock.now()),
    );
  }

  /** What an unsubscribe link does. */
  switchOff(userId: string, category: NotificationCategory): Promise<NotificationPreferences> {
    return this.change(userId, { categories: { [category]: { enabled: false } } });
  }

  /** From profiles.profile-created / profile-updated; an older snapshot than the one applied changes nothing. */
  async applyProfile(
    snapshot: Pick<VeteranProfileSnapshot, 'veteranId' | 'revision' | 'notificationPreferences'>,
    changedFields?: readonly ProfileSnapshotField[],
  ): Promise<void> {
    await this.write(snapshot.veteranId, (held) =>
      applyProfileSnapshot(held, snapshot, changedFields, {
        jobPushDailyCap: this.settings.jobPushDailyCap,
        now: this.clock.now(),
      }),
    );
  }

  private write(
    userId: string,
    next: (held: NotificationPreferences | null) => NotificationPreferences | null,
  ): Promise<NotificationPreferences> {
    return this.perUser.run(userId, async () => {
      for (;;) {
        const held = await this.repository.find(userId);
        const changed = next(held);
        if (!changed) return held as NotificationPreferences;
        // Lost only to another instance's first write: read that one and apply the change to it.
        if (await this.repository.save(changed, held !== null)) return changed;
      }
    });
  }

  private defaults(userId: string): NotificationPreferences {
    return defaultPreferences(userId, this.settings.jobPushDailyCap, this.clock.now());
  }
}

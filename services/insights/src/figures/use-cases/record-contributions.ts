import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import type { EventEnvelope } from '@vetlink/contracts';
import type { Contribution } from '../domain/contribution';
import { applyEvents, monthOf, tallyIdOf, type AppliedEvent } from '../domain/tally';
import { TalliesRepository } from '../tallies.repository';

export interface EventSource {
  topic: string;
  partition: number;
}

/**
 * Adds a partition batch's events to that partition's tallies: one read and one replace per month the
 * batch touches. An event's contributions go into the tally of their day's month; most share the event's
 * day, but a course completion that finds its hire already known counts that pair on the hire's day,
 * which can be a later month: the event is then applied (and remembered among `recent`) in each month's
 * tally, so each month still skips its repeat.
 */
@Injectable()
export class RecordContributions {
  constructor(
    private readonly tallies: TalliesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute<Payload>(
    source: EventSource,
    events: readonly EventEnvelope<Payload>[],
    contributionsOf: (payload: Payload, event: EventEnvelope<Payload>) => Contribution[],
  ): Promise<void> {
    const byMonth = new Map<string, AppliedEvent[]>();
    for (const event of events) {
      const ofMonth = new Map<string, Contribution[]>();
      for (const contribution of contributionsOf(event.payload, event)) {
        const month = monthOf(contribution.day);
        ofMonth.set(month, [...(ofMonth.get(month) ?? []), contribution]);
      }
      for (const [month, contributions] of ofMonth) {
        const applied = byMonth.get(month) ?? [];
        applied.push({ eventId: event.eventId, contributions });
        byMonth.set(month, applied);
      }
    }
    // Each month is a document of its own, written by this partition's owner only: side by side.
    await Promise.all(
      [...byMonth].map(async ([month, applied]) => {
        const id = tallyIdOf(source, month);
        const tally = await this.tallies.find(id, month);
        await this.tallies.save(applyEvents(tally, applied), this.clock.now());
      }),
    );
  }
}

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
 * batch touches. Each event goes wholly into the tally of the month of its first contribution's day
 * (all of an event's contributions share one day).
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
    contributionsOf: (payload: Payload) => Contribution[],
  ): Promise<void> {
    const byMonth = new Map<string, AppliedEvent[]>();
    for (const event of events) {
      const contributions = contributionsOf(event.payload);
      if (contributions.length === 0) continue;
      const month = monthOf(contributions[0].day);
      const applied = byMonth.get(month) ?? [];
      applied.push({ eventId: event.eventId, contributions });
      byMonth.set(month, applied);
    }
    for (const [month, applied] of byMonth) {
      const id = tallyIdOf(source, month);
      const tally = await this.tallies.find(id, month);
      await this.tallies.save(applyEvents(tally, applied), this.clock.now());
    }
  }
}

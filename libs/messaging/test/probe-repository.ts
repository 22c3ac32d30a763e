import { EventDefinition } from '@vetlink/contracts';
import type { Connection } from 'mongoose';
import { pendingEvent, withPendingEvents } from '../src/outbox/pending-event';
import { OutboxCollection } from '../src/outbox/outbox-relay';

/** A minimal aggregate for backbone tests: each recorded step changes the document and raises one event. */
export class ProbeRepository {
  constructor(
    private readonly connection: Connection,
    private readonly probe: EventDefinition,
  ) {}

  collection(): OutboxCollection {
    return this.connection.collection('probes') as unknown as OutboxCollection;
  }

  async recordStep(probeId: string, sequence: number): Promise<string> {
    const event = pendingEvent(this.probe, { probeId, sequence }, { producer: 'backbone-tests' });
    await this.connection
      .collection('probes')
      .updateOne(
        { _id: probeId as never },
        withPendingEvents({ $set: { lastSequence: sequence } }, [event]),
        { upsert: true },
      );
    return event.envelope.eventId;
  }

  async pendingCount(probeId: string): Promise<number> {
    const document = await this.connection.collection('probes').findOne({ _id: probeId as never });
    return (document?.['pendingEvents'] as unknown[] | undefined)?.length ?? 0;
  }
}

import { createEvent, deadLetterTopicOf, EventEnvelope, probeRecorded } from '@vetlink/contracts';
import { outboxBacklogGauge, sampleSum, sampleValue } from '@vetlink/metrics';
import { waitFor } from '@vetlink/testing';
import { outboxBacklog } from '../src/outbox/outbox-backlog';
import { OutboxCollection, OutboxRelay } from '../src/outbox/outbox-relay';
import { initialPendingEvents, pendingEvent } from '../src/outbox/pending-event';
import { BackboneFixture, quietLogger } from './backbone-fixture';
import type { ProbeEvent } from './probe-consumer';

/** Gauges read on scrape are cached 5 s: a change shows within a few scrapes. */
const SCRAPED = { timeoutMs: 30_000, intervalMs: 500 };

describe('metrics of the backbone (real Kafka and FerretDB)', () => {
  let fixture: BackboneFixture;

  beforeEach(async () => {
    fixture = await new BackboneFixture().setUp();
  });
  afterEach(() => fixture.tearDown());

  it("shows a consumer's lag while it is held up, then none; times handling by outcome; counts the dead-lettered", async () => {
    const probeEvent = (sequence: number, note?: string) =>
      createEvent(
        fixture.probe,
        { probeId: 'probe-1', sequence, ...(note ? { note } : {}) },
        { producer: 'tests' },
      );
    const publish = (...events: EventEnvelope[]) =>
      fixture.producer.publish(events.map((envelope) => ({ topic: fixture.topic, envelope })));
    const type = fixture.probe.type;
    const handledBefore =
      (await sampleValue('vetlink_event_handler_duration_seconds_count', {
        event_type: type,
        outcome: 'handled',
      })) ?? 0;
    const dlqTopic = deadLetterTopicOf(fixture.topic);

    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const repeated = probeEvent(2);
    // One key, so one partition, in order: the first waits, the rest queue up behind it.
    await publish(probeEvent(1, 'hold'), repeated, repeated, probeEvent(3, 'poison'), probeEvent(4));
    await fixture
      .consumer({
        retry: { attempts: 2, initialDelayMs: 10, maxDelayMs: 20 },
        handler: async (event: ProbeEvent) => {
          if (event.payload.note === 'hold') await held;
          if (event.payload.note === 'poison') throw new Error('cannot apply poison');
        },
      })
      .start();

    const lagged = await waitFor(
      async () => {
        const lag = await sampleSum('vetlink_kafka_consumer_lag', {
          group: fixture.groupId,
          topic: fixture.topic,
        });
        return lag !== undefined && lag >= 5 ? lag : undefined;
      },
      { ...SCRAPED, what: 'a lag of the 5 events behind the held one' },
    );
    expect(lagged).toBe(5);
    release();

    await waitFor(
      async () => (await sampleSum('vetlink_kafka_consumer_lag', { group: fixture.groupId })) === 0,
      { ...SCRAPED, what: 'no lag once the events are handled and committed' },
    );
    expect(await sampleValue('vetlink_dlq_events_total', { topic: dlqTopic })).toBe(1);
    const count = (outcome: string) =>
      sampleValue('vetlink_event_handler_duration_seconds_count', { event_type: type, outcome });
    expect(((await count('handled')) ?? 0) - handledBefore).toBe(3);
    expect(await count('failed')).toBeGreaterThanOrEqual(1);
    expect(await count('duplicate')).toBeGreaterThanOrEqual(1);
  });

  it('counts the events waiting in an outbox collection, none once the relay has published them', async () => {
    const collection = fixture.connection.collection('loans') as unknown as OutboxCollection & {
      insertMany(documents: object[]): Promise<unknown>;
    };
    const event = () =>
      pendingEvent(
        { ...probeRecorded, topic: fixture.topic },
        { probeId: 'p', sequence: 1 },
        { producer: 'tests' },
      );
    await collection.insertMany([
      { _id: 'loan-1', ...initialPendingEvents([event(), event()]) },
      { _id: 'loan-2', ...initialPendingEvents([event()]) },
      { _id: 'loan-3' },
    ]);
    const removeSource = outboxBacklogGauge.addSource(() => outboxBacklog([collection]), {
      ttlMs: 0,
      timeoutMs: 5_000,
    });
    try {
      expect(await sampleValue('vetlink_outbox_backlog', { collection: 'loans' })).toBe(3);
      const relay = new OutboxRelay([collection], fixture.producer, { logger: quietLogger });
      expect(await relay.drain()).toBe(3);
      expect(await sampleValue('vetlink_outbox_backlog', { collection: 'loans' })).toBe(0);
    } finally {
      removeSource();
    }
  });
});

import { createEvent, deadLetterTopicOf, EventEnvelope } from '@vetlink/contracts';
import { waitFor } from '@vetlink/testing';
import { toKafkaMessage } from '../src/kafka/kafka-message';
import { redriveDeadLetters } from '../src/dead-letters/redrive';
import { BackboneFixture } from './backbone-fixture';
import type { ProbeEvent } from './probe-consumer';

describe('consumers (@HandleEvent on the Nest Kafka transport) apply each event once in effect, and park what they cannot apply', () => {
  let fixture: BackboneFixture;
  const probeEvent = (sequence: number, note?: string, probeId = 'probe-1') =>
    createEvent(fixture.probe, { probeId, sequence, ...(note ? { note } : {}) }, { producer: 'tests' });
  const publish = (...events: EventEnvelope[]) =>
    fixture.producer.publish(events.map((envelope) => ({ topic: fixture.topic, envelope })));
  const appliedCount = (count: number) =>
    waitFor(
      async () => {
        const rows = await fixture.applications();
        return rows.length >= count ? rows : undefined;
      },
      { what: `${count} applied events` },
    );

  beforeEach(async () => {
    fixture = await new BackboneFixture().setUp();
  });
  afterEach(() => fixture.tearDown());

  it('applies an event delivered twice only once', async () => {
    const event = probeEvent(1);
    await publish(event, event);
    await publish(probeEvent(2));
    await fixture.consumer().start();
    const rows = await appliedCount(2);
    await new Promise((settle) => setTimeout(settle, 1000));
    expect(rows.find((row) => row._id === event.eventId)?.times).toBe(1);
    expect((await fixture.applications()).length).toBe(2);
  });

  it('sends an always-failing event to the dead-letter topic after N attempts and keeps the partition moving', async () => {
    let poisonAttempts = 0;
    const poison = probeEvent(0, 'poison');
    await publish(poison, probeEvent(1), probeEvent(2));
    await fixture
      .consumer({
        retry: { attempts: 4, initialDelayMs: 10, maxDelayMs: 40 },
        handler: async (event: ProbeEvent) => {
          if (event.payload.note === 'poison') {
            poisonAttempts += 1;
            throw new Error('cannot apply poison');
          }
        },
      })
      .start();

    const applied = await appliedCount(2);
    expect(applied.map((row) => row.sequence).sort()).toEqual([1, 2]);
    expect(poisonAttempts).toBe(4);
    const [parked] = await fixture.rawMessages(deadLetterTopicOf(fixture.topic), 1);
    expect(JSON.parse(parked!.value).eventId).toBe(poison.eventId);
    expect(parked!.headers).toMatchObject({
      'dlq-reason': 'handler-failed',
      'dlq-error': 'cannot apply poison',
      'dlq-attempts': '4',
      'dlq-original-topic': fixture.topic,
      'event-id': poison.eventId,
    });
  });

  it('with keys handled side by side, keeps each key in order and applies every event once', async () => {
    const keys = ['probe-a', 'probe-b', 'probe-c', 'probe-d'];
    await publish(
      ...[1, 2, 3, 4, 5].flatMap((sequence) => keys.map((key) => probeEvent(sequence, undefined, key))),
    );
    const seen = new Map<string, number[]>();
    let inFlight = 0;
    let mostAtOnce = 0;
    await fixture
      .consumer({
        keysConsumedConcurrently: 4,
        handler: async (event) => {
          inFlight += 1;
          mostAtOnce = Math.max(mostAtOnce, inFlight);
          seen.set(event.payload.probeId, [
            ...(seen.get(event.payload.probeId) ?? []),
            event.payload.sequence,
          ]);
          await new Promise((settle) => setTimeout(settle, 50));
          inFlight -= 1;
        },
      })
      .start();
    await waitFor(() => ([...seen.values()].flat().length === 20 ? true : undefined), {
      what: '20 handled events',
    });
    for (const key of keys) expect(seen.get(key)).toEqual([1, 2, 3, 4, 5]);
    // Four keys on three partitions: at least two share one, and they were handled side by side.
    expect(mostAtOnce).toBeGreaterThan(1);
    await new Promise((settle) => setTimeout(settle, 1000));
    expect([...seen.values()].flat()).toHaveLength(20);
  });

  it('parks a schema violation at once, without calling the handler', async () => {
    let handled = 0;
    const broken = { ...probeEvent(5), payload: { probeId: 'probe-1', sequence: 'five' } };
    await fixture.producer.sendRaw(fixture.topic, [toKafkaMessage(broken as EventEnvelope)]);
    await publish(probeEvent(6));
    await fixture.consumer({ handler: async () => void (handled += 1) }).start();
    await appliedCount(1);
    const [parked] = await fixture.rawMessages(deadLetterTopicOf(fixture.topic), 1);
    expect(parked!.headers).toMatchObject({ 'dlq-reason': 'schema-violation', 'dlq-attempts': '1' });
    expect(parked!.headers['dlq-error']).toMatch(/sequence/);
    expect(handled).toBe(1);
  });

  it('parks an unknown future version instead of crashing, and re-drives it once the consumer knows it', async () => {
    const future = { ...probeEvent(9), version: 2 };
    await fixture.producer.sendRaw(fixture.topic, [toKafkaMessage(future)]);
    await publish(probeEvent(10));
    const consumer = fixture.consumer();
    await consumer.start();
    await appliedCount(1);
    const [parked] = await fixture.rawMessages(deadLetterTopicOf(fixture.topic), 1);
    expect(parked!.headers).toMatchObject({ 'dlq-reason': 'future-version' });

    // The consumer is upgraded to understand v2, then the dead letters are re-driven.
    await consumer.stop();
    await fixture.consumer({ upgraded: true }).start();
    const result = await redriveDeadLetters(fixture.kafka, fixture.producer, {
      deadLetterTopic: deadLetterTopicOf(fixture.topic),
    });
    expect(result).toEqual({ redriven: 1, byTopic: { [fixture.topic]: 1 } });
    const rows = await appliedCount(2);
    expect(rows.find((row) => row._id === future.eventId)?.times).toBe(1);
    const again = await redriveDeadLetters(fixture.kafka, fixture.producer, {
      deadLetterTopic: deadLetterTopicOf(fixture.topic),
    });
    expect(again.redriven).toBe(0);
  });

  it('stopped mid-stream and started again, applies every event exactly once', async () => {
    const events = Array.from({ length: 120 }, (_, sequence) =>
      probeEvent(sequence, undefined, `probe-${sequence % 7}`),
    );
    await publish(...events);
    const slow = async () => new Promise<void>((settle) => setTimeout(settle, 15));
    const first = fixture.consumer({ handler: slow });
    await first.start();
    await waitFor(async () => ((await fixture.applications()).length >= 30 ? true : undefined));
    await first.stop();
    const partial = (await fixture.applications()).length;
    expect(partial).toBeLessThan(120);

    await fixture.consumer().start();
    const rows = await appliedCount(120);
    await new Promise((settle) => setTimeout(settle, 1500));
    expect(await fixture.applications()).toHaveLength(120);
    expect(rows.every((row) => row.times === 1)).toBe(true);
  });

  it('lets the handler in flight finish on stop and commits its offset', async () => {
    let finished = false;
    let started!: () => void;
    const inFlight = new Promise<void>((resolve) => (started = resolve));
    await publish(probeEvent(1));
    const consumer = fixture.consumer({
      handler: async () => {
        started();
        await new Promise((settle) => setTimeout(settle, 800));
        finished = true;
      },
    });
    await consumer.start();
    await inFlight;
    await consumer.stop();
    expect(finished).toBe(true);
    expect(await fixture.applications()).toHaveLength(1);

    const admin = fixture.kafka.admin();
    await admin.connect();
    const [committed] = await admin.fetchOffsets({ groupId: fixture.groupId, topics: [fixture.topic] });
    const ends = await admin.fetchTopicOffsets(fixture.topic);
    await admin.disconnect();
    const committedTotal = committed!.partitions.reduce(
      (sum, partition) => sum + Math.max(0, Number(partition.offset)),
      0,
    );
    const endTotal = ends.reduce((sum, partition) => sum + Number(partition.high), 0);
    expect(committedTotal).toBe(endTotal);
  });

  it('prunes ledger entries older than the retention', async () => {
    const ledger = fixture.ledger();
    await ledger.ensureIndexes();
    await ledger.record('old-event', 'backbone.probe-recorded', new Date('2026-01-01T00:00:00Z'));
    await ledger.record('new-event', 'backbone.probe-recorded');
    expect(await ledger.prune(new Date('2026-06-01T00:00:00Z'))).toBe(1);
    expect(await ledger.has('old-event')).toBe(false);
    expect(await ledger.has('new-event')).toBe(true);
  });
});

import { createEvent, deadLetterTopicOf, EventEnvelope } from '@vetlink/contracts';
import { waitFor } from '@vetlink/testing';
import { BackboneFixture } from './backbone-fixture';
import type { ProbeEvent } from './probe-consumer';

describe('@HandleEventBatch: a partition batch applied together, each event once in effect', () => {
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

  it('hands a fetched batch over in one call, in partition order, an event sent twice once', async () => {
    const events = Array.from({ length: 30 }, (_, sequence) => probeEvent(sequence));
    await publish(...events, events[4] as EventEnvelope);
    const batches: ProbeEvent[][] = [];
    await fixture.consumer({ batch: true, onBatch: (batch) => batches.push(batch) }).start();
    const rows = await appliedCount(30);
    await new Promise((settle) => setTimeout(settle, 1000));
    expect(rows.every((row) => row.times === 1)).toBe(true);
    expect(Math.max(...batches.map((batch) => batch.length))).toBeGreaterThan(1);
    const order = batches.flat().map((event) => event.payload.sequence);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('leaves out events its ledger has seen (an outbox re-send at new offsets)', async () => {
    const first = [1, 2, 3].map((sequence) => probeEvent(sequence));
    await publish(...first);
    const seen: ProbeEvent[] = [];
    await fixture.consumer({ batch: true, onBatch: (batch) => seen.push(...batch) }).start();
    await appliedCount(3);
    await publish(...first, probeEvent(4));
    const rows = await appliedCount(4);
    await new Promise((settle) => setTimeout(settle, 1000));
    expect(seen.map((event) => event.payload.sequence)).toEqual([1, 2, 3, 4]);
    expect(rows.every((row) => row.times === 1)).toBe(true);
  });

  it('splits a failing batch: the poison event is dead-lettered alone, the others applied once', async () => {
    const poison = probeEvent(0, 'poison');
    await publish(probeEvent(1), poison, probeEvent(2), probeEvent(3));
    let poisonAttempts = 0;
    await fixture
      .consumer({
        batch: true,
        retry: { attempts: 3, initialDelayMs: 10, maxDelayMs: 40 },
        handler: async (event) => {
          if (event.payload.note === 'poison') {
            poisonAttempts += 1;
            throw new Error('cannot apply poison');
          }
        },
      })
      .start();
    const [parked] = await fixture.rawMessages(deadLetterTopicOf(fixture.topic), 1);
    expect(JSON.parse(parked!.value).eventId).toBe(poison.eventId);
    expect(parked!.headers).toMatchObject({ 'dlq-reason': 'handler-failed', 'dlq-attempts': '3' });
    const rows = await appliedCount(3);
    expect(rows.map((row) => row.sequence).sort()).toEqual([1, 2, 3]);
    // Applied before the poison in a failed batch try, the first one counts its tries: the method must be repeatable.
    expect(rows.find((row) => row.sequence === 3)?.times).toBe(1);
    expect(poisonAttempts).toBeGreaterThanOrEqual(3);
  });
});

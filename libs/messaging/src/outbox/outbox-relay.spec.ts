import { createLogger } from '@vetlink/logging';
import type { EventProducer } from '../kafka/event-producer';
import { OUTBOX_BEHIND_AFTER_MS, OutboxCollection, OutboxRelay } from './outbox-relay';

/** The relay is not started: only its bookkeeping of announcements is under test. */
function idleRelay(): OutboxRelay {
  const collection = { collectionName: 'aggregates' } as OutboxCollection;
  return new OutboxRelay([collection], {} as EventProducer, {
    logger: createLogger({ service: 'spec', level: 'silent' }),
  });
}

describe('outbox relay backlog (health details)', () => {
  it('is not behind with nothing waiting', () => {
    expect(idleRelay().backlog()).toMatchObject({
      behind: false,
      waitingAggregates: 0,
      oldestWaitingMs: 0,
      published: 0,
      lastPublishedAt: null,
      failing: null,
    });
  });

  it('counts announced aggregates once each and is behind when the oldest waited past the threshold', () => {
    const relay = idleRelay();
    const announcedAt = Date.now();
    relay.announce('aggregates', 'a-1');
    relay.announce('aggregates', 'a-2');
    relay.announce('aggregates', 'a-1');
    expect(relay.backlog(announcedAt + 100)).toMatchObject({ behind: false, waitingAggregates: 2 });
    const late = relay.backlog(announcedAt + OUTBOX_BEHIND_AFTER_MS + 1_000);
    expect(late.behind).toBe(true);
    expect(late.oldestWaitingMs).toBeGreaterThan(OUTBOX_BEHIND_AFTER_MS);
  });

  it('refuses an announcement for a collection it does not relay', () => {
    expect(() => idleRelay().announce('elsewhere', 'a-1')).toThrow('not registered');
  });
});

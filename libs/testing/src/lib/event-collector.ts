import { Consumer, Kafka, logLevel } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { waitFor } from './wait-for';

export interface CollectedEvent {
  topic: string;
  key: string | undefined;
  headers: Record<string, string>;
  /** The parsed envelope; tests read payload fields freely, so the payload stays loosely typed. */
  envelope: {
    eventId: string;
    type: string;
    version: number;
    key: string;
    correlationId: string;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    payload: any;
  };
}

/**
 * Reads what really arrives on Kafka topics during a test, from a consumer group of its own that
 * starts at the end of each topic, so a test sees only the events it caused.
 */
export class EventCollector {
  readonly events: CollectedEvent[] = [];
  private consumer?: Consumer;

  constructor(
    private readonly brokers: string[],
    private readonly topics: string[],
  ) {}

  async start(): Promise<this> {
    const kafka = new Kafka({
      clientId: 'event-collector',
      brokers: this.brokers,
      logLevel: logLevel.NOTHING,
    });
    // A short fetch wait: events still arrive as soon as they are written (the broker answers a fetch
    // at the first byte), and `stop` no longer waits out a 5 s fetch in flight.
    this.consumer = kafka.consumer({
      groupId: `collector-${randomBytes(4).toString('hex')}`,
      maxWaitTimeInMs: 250,
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.topics, fromBeginning: false });
    let assigned!: () => void;
    const joined = new Promise<void>((resolve) => (assigned = resolve));
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => assigned());
    await this.consumer.run({
      eachMessage: async ({ topic, message }) => {
        const headers = Object.fromEntries(
          Object.entries(message.headers ?? {}).map(([name, value]) => [
            name,
            String(Array.isArray(value) ? value[0] : value),
          ]),
        );
        this.events.push({
          topic,
          key: message.key?.toString(),
          headers,
          envelope: JSON.parse(message.value?.toString() ?? 'null'),
        });
      },
    });
    await joined;
    return this;
  }

  ofType(type: string): CollectedEvent[] {
    return this.events.filter((event) => event.envelope?.type === type);
  }

  /** Waits until `count` events match, then returns them. */
  waitFor(
    predicate: (event: CollectedEvent) => boolean,
    count = 1,
    timeoutMs = 20_000,
  ): Promise<CollectedEvent[]> {
    return waitFor(
      () => {
        const matching = this.events.filter(predicate);
        return matching.length >= count ? matching : undefined;
      },
      { timeoutMs, what: `${count} matching event(s)` },
    );
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

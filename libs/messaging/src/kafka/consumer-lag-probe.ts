import type { ConsumerLagReading, ScrapedGauge } from '@vetlink/metrics';
import type { Admin, Kafka } from 'kafkajs';
import { consumerLag } from './consumer-lag';

export interface LaggingGroup {
  groupId: string;
  topics: readonly string[];
  /** The partitions this member consumes, by topic. */
  assigned: () => Record<string, number[]>;
}

/**
 * This member's share of its group's lag for `vetlink_kafka_consumer_lag`: the partitions the group
 * assigned it, so that summing the series over a group's pods gives the group's lag once. Asked of the
 * brokers on scrape (one offsets request for the group, one per topic; cached and time-bounded by the
 * gauge), on an admin client of its own that connects on the first scrape.
 */
export class ConsumerLagProbe {
  private admin?: Admin;
  private connected?: Promise<void>;
  private readonly removeSource: () => void;

  constructor(
    private readonly kafka: Kafka,
    private readonly group: LaggingGroup,
    gauge: Pick<ScrapedGauge<'group' | 'topic' | 'partition'>, 'addSource'>,
  ) {
    this.removeSource = gauge.addSource(() => this.read());
  }

  async read(): Promise<ConsumerLagReading[]> {
    const assigned = this.group.assigned();
    const topics = this.group.topics.filter((topic) => (assigned[topic] ?? []).length > 0);
    if (topics.length === 0) return [];
    this.admin ??= this.kafka.admin();
    this.connected ??= this.admin.connect().catch((error: unknown) => {
      this.connected = undefined;
      throw error;
    });
    await this.connected;
    const lag = await consumerLag(this.admin, this.group.groupId, topics);
    return Object.entries(lag.topics).flatMap(([topic, { partitions }]) =>
      partitions
        .filter(({ partition }) => assigned[topic]?.includes(partition))
        .map(({ partition, lag: value }) => ({
          labels: { group: this.group.groupId, topic, partition },
          value,
        })),
    );
  }

  async stop(): Promise<void> {
    this.removeSource();
    const admin = this.admin;
    this.admin = undefined;
    if (admin && this.connected) await admin.disconnect().catch(() => undefined);
  }
}

import type { ConsumerLagReading, ScrapedGauge } from '@vetlink/metrics';
import type { Admin, Kafka } from 'kafkajs';
import { consumerLag } from './consumer-lag';

/**
 * A consumer group's lag per partition for `vetlink_kafka_consumer_lag`, asked of the brokers on
 * scrape (one offsets request for the group, one per topic; cached and time-bounded by the gauge),
 * on an admin client of its own that connects on the first scrape.
 */
export class ConsumerLagProbe {
  private admin?: Admin;
  private connected?: Promise<void>;
  private readonly removeSource: () => void;

  constructor(
    private readonly kafka: Kafka,
    private readonly groupId: string,
    private readonly topics: readonly string[],
    gauge: Pick<ScrapedGauge<'group' | 'topic' | 'partition'>, 'addSource'>,
  ) {
    this.removeSource = gauge.addSource(() => this.read());
  }

  async read(): Promise<ConsumerLagReading[]> {
    this.admin ??= this.kafka.admin();
    this.connected ??= this.admin.connect().catch((error: unknown) => {
      this.connected = undefined;
      throw error;
    });
    await this.connected;
    const lag = await consumerLag(this.admin, this.groupId, this.topics);
    return Object.entries(lag.topics).flatMap(([topic, { partitions }]) =>
      partitions.map(({ partition, lag: value }) => ({
        labels: { group: this.groupId, topic, partition },
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

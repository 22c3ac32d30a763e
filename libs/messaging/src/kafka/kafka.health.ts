import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ReadinessIndicator, withTimeout } from '@vetlink/health';
import { Admin, Kafka } from 'kafkajs';
import { KafkaEventServer } from '../nest/kafka-event.server';
import { OutboxRelayHost } from '../nest/outbox-relay.host';
import { consumerLag, type ConsumerLag } from './consumer-lag';
import { KAFKA } from '../nest/tokens';

/**
 * Ready when the brokers answer a metadata request. The details say how far behind the outbox relay is
 * (`outbox.behind`, aggregates waiting, the oldest wait) and how far behind the service's consumer
 * group is (`consumer`: messages not yet consumed, per topic and partition). Lag keeps the service
 * ready — taking it out of rotation would not help it catch up — but shows it; a lag that cannot be
 * read is reported as such, not as a broker failure.
 */
@Injectable()
export class KafkaReadiness implements ReadinessIndicator, OnModuleDestroy {
  private admin?: Admin;

  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Optional() private readonly outbox?: OutboxRelayHost,
    @Optional() private readonly events?: KafkaEventServer,
  ) {}

  async isReady() {
    const indicator = this.indicators.check('kafka');
    try {
      const cluster = await withTimeout(this.describeCluster(), 3000, 'kafka');
      const outbox = this.outbox?.backlog();
      const consumer = await this.consumerLag();
      return indicator.up({
        brokers: cluster.brokers.length,
        ...(outbox ? { outbox } : {}),
        ...(consumer ? { consumer } : {}),
      });
    } catch (error) {
      await this.resetAdmin();
      return indicator.down({ message: (error as Error).message });
    }
  }

  private async consumerLag(): Promise<ConsumerLag | { groupId: string; error: string } | null> {
    const consuming = this.events?.consuming();
    if (!consuming || !this.admin) return null;
    try {
      return await withTimeout(
        consumerLag(this.admin, consuming.groupId, consuming.topics),
        3000,
        'consumer lag',
      );
    } catch (error) {
      return { groupId: consuming.groupId, error: (error as Error).message };
    }
  }

  async onModuleDestroy() {
    await this.resetAdmin();
  }

  private async describeCluster() {
    if (!this.admin) {
      this.admin = this.kafka.admin();
      await this.admin.connect();
    }
    return this.admin.describeCluster();
  }

  private async resetAdmin() {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.disconnect().catch(() => undefined);
  }
}

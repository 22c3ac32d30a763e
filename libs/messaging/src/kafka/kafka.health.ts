import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ReadinessIndicator, withTimeout } from '@vetlink/health';
import { Admin, Kafka } from 'kafkajs';
import { OutboxRelayHost } from '../nest/outbox-relay.host';
import { KAFKA } from '../nest/tokens';

/**
 * Ready when the brokers answer a metadata request. The details say how far behind the outbox relay is
 * (`outbox.behind`, aggregates waiting, the oldest wait): a relay that lags stays ready — taking the
 * service out of rotation would not help it catch up — but shows it.
 */
@Injectable()
export class KafkaReadiness implements ReadinessIndicator, OnModuleDestroy {
  private admin?: Admin;

  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Optional() private readonly outbox?: OutboxRelayHost,
  ) {}

  async isReady() {
    const indicator = this.indicators.check('kafka');
    try {
      const cluster = await withTimeout(this.describeCluster(), 3000, 'kafka');
      const outbox = this.outbox?.backlog();
      return indicator.up({ brokers: cluster.brokers.length, ...(outbox ? { outbox } : {}) });
    } catch (error) {
      await this.resetAdmin();
      return indicator.down({ message: (error as Error).message });
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

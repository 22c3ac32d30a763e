import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { KafkaEventServer } from './kafka-event.server';

const RETENTION_MS = 14 * 24 * 3600_000;
const PRUNE_EVERY_MS = 3600_000;

/** Forgets ledger entries older than the retention, hourly: FerretDB 1.x has no TTL indexes. */
@Injectable()
export class LedgerPruning implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(private readonly server: KafkaEventServer) {}

  onApplicationBootstrap() {
    this.timer = setInterval(() => void this.server.pruneLedger(RETENTION_MS), PRUNE_EVERY_MS);
    this.timer.unref();
  }

  beforeApplicationShutdown() {
    clearInterval(this.timer);
  }
}

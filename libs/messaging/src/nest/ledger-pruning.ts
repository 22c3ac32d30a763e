import { Injectable } from '@nestjs/common';
import { PeriodicTask, PeriodicTaskHandler } from '@vetlink/periodic-tasks';
import { KafkaEventServer } from './kafka-event.server';

const RETENTION_MS = 14 * 24 * 3600_000;

/** Forgets processed-event ledger entries older than 14 days, hourly: FerretDB 1.x has no TTL indexes. */
@PeriodicTask({ name: 'processed-event-ledger-pruning' })
@Injectable()
export class LedgerPruning implements PeriodicTaskHandler {
  readonly intervalMs = 3600_000;

  constructor(private readonly server: KafkaEventServer) {}

  run(): Promise<void> {
    return this.server.pruneLedger(RETENTION_MS);
  }
}

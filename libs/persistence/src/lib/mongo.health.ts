import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ReadinessIndicator, withTimeout } from '@vetlink/health';
import { Connection } from 'mongoose';

/** Ready when the database answers a ping over the service's own connection. */
@Injectable()
export class MongoReadiness implements ReadinessIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  async isReady() {
    const indicator = this.indicators.check('mongodb');
    try {
      if (!this.connection.db)
        throw new Error(`connection is ${this.connection.readyState === 2 ? 'connecting' : 'closed'}`);
      // The ping queues behind the service's own operations on its pool: a timeout here means busy or down.
      await withTimeout(
        this.connection.db.admin().ping(),
        3000,
        "mongodb (a ping behind this service's queued operations)",
      );
      return indicator.up({ database: this.connection.name });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}

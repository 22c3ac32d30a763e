import { DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { DigestsModule } from '../digests/digests.module';
import { DigestQueues } from '../queues/digest-queues';
import { ReadModelModule } from '../read-model/read-model.module';
import { FanOut } from './fan-out';
import { RunRecords } from './run-records';
import { RUN_MODEL, runSchema } from './run.schema';
import { RunsController } from './runs.controller';
import { StartRun } from './start-run';

/** Runs and their queues; the operators' API only where HTTP is served. */
@Module({})
export class RunsModule {
  static register(options: { http: boolean }): DynamicModule {
    return {
      module: RunsModule,
      imports: [
        MongooseModule.forFeature([{ name: RUN_MODEL, schema: runSchema }]),
        DigestsModule.register(options),
        ReadModelModule,
      ],
      controllers: options.http ? [RunsController] : [],
      providers: [RunRecords, StartRun, FanOut, DigestQueues],
      exports: [DigestQueues, RunRecords],
    };
  }
}

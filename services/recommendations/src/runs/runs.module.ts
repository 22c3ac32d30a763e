import { DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { DigestsModule } from '../digests/digests.module';
import { DigestQueues, registerDigestQueues } from '../queues/digest-queues';
import { ReadModelModule } from '../read-model/read-model.module';
import { DigestJobHandler } from './digest-job-handler';
import { FanOut } from './fan-out';
import { RetryFailedDigests } from './retry-failed-digests';
import { RunJobHandler } from './run-job-handler';
import { RunProgress } from './run-progress';
import { RunRecords } from './run-records';
import { RunVeterans } from './run-veterans';
import { VeteranInputs } from './veteran-inputs';
import { RUN_MODEL, runSchema } from './run.schema';
import { RunsController } from './runs.controller';
import { StartRun } from './start-run';

/** Runs, their queues and job handlers; the operators' API only where HTTP is served. */
@Module({})
export class RunsModule {
  static register(options: { http: boolean }): DynamicModule {
    return {
      module: RunsModule,
      imports: [
        MongooseModule.forFeature([{ name: RUN_MODEL, schema: runSchema }]),
        DigestsModule.register(options),
        ReadModelModule,
        ...registerDigestQueues(),
      ],
      controllers: options.http ? [RunsController] : [],
      providers: [
        RunRecords,
        RunProgress,
        StartRun,
        FanOut,
        DigestQueues,
        RunJobHandler,
        DigestJobHandler,
        RetryFailedDigests,
        RunVeterans,
        VeteranInputs,
      ],
      exports: [DigestQueues, RunRecords],
    };
  }
}

import { DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { veteranDocumentsProvider } from '@vetlink/privacy';
import { ReadModelModule } from '../read-model/read-model.module';
import { AlreadyToldModule } from '../already-told/already-told.module';
import { ComposeDigest } from './compose-digest';
import { DigestRecords } from './digest-records';
import { DigestsController } from './digests.controller';
import { DIGEST_MODEL, digestSchema } from './digest.schema';
import { LastDigests } from './last-digests';
import { RunJobIndex } from './run-job-index';
import { RunJobSnapshots } from './run-job-snapshots';

/** Composing digests everywhere; reading them over HTTP only where HTTP is served. */
@Module({})
export class DigestsModule {
  static register(options: { http: boolean }): DynamicModule {
    return {
      module: DigestsModule,
      imports: [
        MongooseModule.forFeature([{ name: DIGEST_MODEL, schema: digestSchema }]),
        ReadModelModule,
        AlreadyToldModule,
      ],
      controllers: options.http ? [DigestsController] : [],
      providers: [
        ComposeDigest,
        DigestRecords,
        LastDigests,
        RunJobIndex,
        RunJobSnapshots,
        veteranDocumentsProvider({ section: 'weeklyDigests', model: DIGEST_MODEL }),
      ],
      exports: [ComposeDigest, DigestRecords, RunJobIndex, RunJobSnapshots],
    };
  }
}

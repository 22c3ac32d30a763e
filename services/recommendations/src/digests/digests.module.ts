import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ReadModelModule } from '../read-model/read-model.module';
import { RunProgress } from '../runs/run-progress';
import { ToldModule } from '../told/told.module';
import { ComposeDigest } from './compose-digest';
import { DigestRecords } from './digest-records';
import { DIGEST_MODEL, digestSchema } from './digest.schema';
import { LastDigests } from './last-digests';
import { RunJobIndex } from './run-job-index';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: DIGEST_MODEL, schema: digestSchema }]),
    ReadModelModule,
    ToldModule,
  ],
  providers: [ComposeDigest, DigestRecords, LastDigests, RunJobIndex, RunProgress],
  exports: [ComposeDigest, DigestRecords, RunProgress],
})
export class DigestsModule {}

import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ReadModelRepository } from './read-model.repository';
import { JOB_MODEL, jobSchema, VETERAN_MODEL, veteranSchema } from './read-model.schema';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: JOB_MODEL, schema: jobSchema },
      { name: VETERAN_MODEL, schema: veteranSchema },
    ]),
  ],
  providers: [ReadModelRepository],
  exports: [ReadModelRepository],
})
export class ReadModelModule {}

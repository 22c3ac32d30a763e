import { Module } from '@nestjs/common';
import { ReadModelModule } from '../read-model/read-model.module';
import { JobSearchController } from './job-search.controller';

@Module({ imports: [ReadModelModule], controllers: [JobSearchController] })
export class JobSearchModule {}

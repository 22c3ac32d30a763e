import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { veteranDocumentsProvider } from '@vetlink/privacy';
import { INCUBATED_STARTUP_MODEL, incubatedStartupSchema } from './incubated-startup.schema';
import { IncubatedStartupsHandler } from './incubated-startups.handler';
import { IncubatedStartupsRepository } from './incubated-startups.repository';

/** The incubated startups this service knows from incubators' events: what better terms are checked against. */
@Module({
  imports: [MongooseModule.forFeature([{ name: INCUBATED_STARTUP_MODEL, schema: incubatedStartupSchema }])],
  controllers: [IncubatedStartupsHandler],
  providers: [
    IncubatedStartupsRepository,
    veteranDocumentsProvider({
      section: 'incubated-startups',
      model: INCUBATED_STARTUP_MODEL,
      field: 'founderId',
    }),
  ],
  exports: [IncubatedStartupsRepository],
})
export class StartupsModule {}

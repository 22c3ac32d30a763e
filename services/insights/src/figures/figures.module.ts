import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { FigureEventsHandler } from './figure-events.handler';
import { FiguresController } from './figures.controller';
import { ProgrammeEventsHandler } from './programme-events.handler';
import { TalliesRepository } from './tallies.repository';
import { TALLY_MODEL, tallySchema } from './tally.schema';
import { ReadFigures } from './use-cases/read-figures';
import { RecordContributions } from './use-cases/record-contributions';

@Module({
  imports: [MongooseModule.forFeature([{ name: TALLY_MODEL, schema: tallySchema }])],
  controllers: [FiguresController, FigureEventsHandler, ProgrammeEventsHandler],
  providers: [TalliesRepository, RecordContributions, ReadFigures],
})
export class FiguresModule {}

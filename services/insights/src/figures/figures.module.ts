import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { veteranDocumentsProvider } from '@vetlink/privacy';
import { FigureEventsHandler } from './figure-events.handler';
import { FiguresController } from './figures.controller';
import { ProgrammeEventsHandler } from './programme-events.handler';
import { OutcomeMemoryRepository } from './outcome-memory.repository';
import { TalliesRepository } from './tallies.repository';
import { TALLY_MODEL, tallySchema } from './tally.schema';
import { TRAINING_OUTCOME_MODEL, trainingOutcomeSchema } from './training-outcome.schema';
import { TrainingEventsHandler } from './training-events.handler';
import { TrainingFiguresController } from './training-figures.controller';
import { PairTrainingOutcomes } from './use-cases/pair-training-outcomes';
import { ReadCourseFigures } from './use-cases/read-course-figures';
import { ReadFigures } from './use-cases/read-figures';
import { RecordContributions } from './use-cases/record-contributions';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: TALLY_MODEL, schema: tallySchema },
      { name: TRAINING_OUTCOME_MODEL, schema: trainingOutcomeSchema },
    ]),
  ],
  controllers: [
    TrainingFiguresController,
    FiguresController,
    FigureEventsHandler,
    ProgrammeEventsHandler,
    TrainingEventsHandler,
  ],
  providers: [
    TalliesRepository,
    RecordContributions,
    ReadFigures,
    ReadCourseFigures,
    OutcomeMemoryRepository,
    PairTrainingOutcomes,
    // The completions and hires remembered for pairing name a veteran: exported and erased with them.
    veteranDocumentsProvider({ section: 'trainingOutcomes', model: TRAINING_OUTCOME_MODEL }),
  ],
})
export class FiguresModule {}

import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { veteranDocumentsProvider } from '@vetlink/privacy';
import { FigureEventsHandler } from './figure-events.handler';
import { FiguresController } from './figures.controller';
import { JoinMemoryRepository } from './join-memory.repository';
import { JOINED_FACT_MODEL, joinedFactSchema } from './joined-fact.schema';
import { ProgrammeEventsHandler } from './programme-events.handler';
import { OutcomeMemoryRepository } from './outcome-memory.repository';
import { TalliesRepository } from './tallies.repository';
import { TALLY_MODEL, tallySchema } from './tally.schema';
import { TRAINING_OUTCOME_MODEL, trainingOutcomeSchema } from './training-outcome.schema';
import { TrainingEventsHandler } from './training-events.handler';
import { TrainingFiguresController } from './training-figures.controller';
import { PairApplicationsAfterTold } from './use-cases/pair-applications-after-told';
import { PairTrainingOutcomes } from './use-cases/pair-training-outcomes';
import { PlacePushesOpened } from './use-cases/place-pushes-opened';
import { ReadCourseFigures } from './use-cases/read-course-figures';
import { ReadFigures } from './use-cases/read-figures';
import { RecordContributions } from './use-cases/record-contributions';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: TALLY_MODEL, schema: tallySchema },
      { name: TRAINING_OUTCOME_MODEL, schema: trainingOutcomeSchema },
      { name: JOINED_FACT_MODEL, schema: joinedFactSchema },
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
    // The completions and hires kept for pairing name a veteran: exported and erased with them.
    veteranDocumentsProvider({ section: 'trainingOutcomes', model: TRAINING_OUTCOME_MODEL }),
    JoinMemoryRepository,
    PairApplicationsAfterTold,
    PlacePushesOpened,
    // The applications and tellings kept to join them name a veteran: exported and erased with them too.
    veteranDocumentsProvider({ section: 'appliedAfterTold', model: JOINED_FACT_MODEL }),
  ],
})
export class FiguresModule {}

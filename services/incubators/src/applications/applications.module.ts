import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { BasesModule } from '../bases/bases.module';
import { MentorsModule } from '../mentors/mentors.module';
import { VeteransModule } from '../veterans/veterans.module';
import { ApplicationRecordsHolder } from './application-records.holder';
import {
  APPLICATION_CHANGE_MODEL,
  APPLICATION_MODEL,
  applicationChangeSchema,
  applicationSchema,
} from './application.schema';
import { ApplicationsController } from './applications.controller';
import { ApplicationsRepository } from './applications.repository';
import { CLAIM_MODEL, claimSchema } from './claim.schema';
import { CapacityController } from './capacity.controller';
import { ClaimsRepository } from './claims.repository';
import { ResidenceController } from './residence.controller';
import { CONFLICT_MODEL, conflictSchema, SCORE_MODEL, scoreSchema } from './review.schema';
import { ReviewController } from './review.controller';
import { ReviewsRepository } from './reviews.repository';
import { Admissions } from './use-cases/admissions';
import { ApplicationAccess } from './use-cases/application-access';
import { Capacity } from './use-cases/capacity';
import { FounderApplications } from './use-cases/founder-applications';
import { Residence } from './use-cases/residence';
import { ReviewApplications } from './use-cases/review-applications';

@Module({
  imports: [
    BasesModule,
    VeteransModule,
    MentorsModule,
    MongooseModule.forFeature([
      { name: APPLICATION_MODEL, schema: applicationSchema },
      { name: APPLICATION_CHANGE_MODEL, schema: applicationChangeSchema },
      { name: CLAIM_MODEL, schema: claimSchema },
      { name: SCORE_MODEL, schema: scoreSchema },
      { name: CONFLICT_MODEL, schema: conflictSchema },
    ]),
  ],
  controllers: [ApplicationsController, ReviewController, ResidenceController, CapacityController],
  providers: [
    ApplicationsRepository,
    ClaimsRepository,
    ReviewsRepository,
    ApplicationAccess,
    FounderApplications,
    ReviewApplications,
    Admissions,
    Residence,
    Capacity,
    // What the veteran's export shows and their erasure anonymises (claims and scores name no veteran).
    ApplicationRecordsHolder,
  ],
})
export class ApplicationsModule {}

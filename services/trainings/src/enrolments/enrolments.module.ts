import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CoursesModule } from '../courses/courses.module';
import { CLAIM_MODEL, claimSchema } from './claim.schema';
import { ClaimsRepository } from './claims.repository';
import { ENROLMENT_MODEL, enrolmentSchema } from './enrolment.schema';
import { EnrolmentRecordsHolder } from './enrolment-records.holder';
import { EnrolmentsController } from './enrolments.controller';
import { EnrolmentsRepository } from './enrolments.repository';
import { ChangeEnrolment } from './use-cases/change-enrolment';
import { ClaimStaleness } from './use-cases/claim-staleness';
import { Enrol } from './use-cases/enrol';
import { EnrolmentAccess } from './use-cases/enrolment-access';
import { FindEnrolments } from './use-cases/find-enrolments';
import { PromoteWaitlist } from './use-cases/promote-waitlist';
import { RecordCompletion } from './use-cases/record-completion';
import { Withdraw } from './use-cases/withdraw';
import { CancelRun } from './use-cases/cancel-run';
import { ChangeCapacity } from './use-cases/change-capacity';
import { FitSeats } from './use-cases/fit-seats';
import { RunChangesController } from './run-changes.controller';
import { RecordedRunsController } from './recorded-runs.controller';
import { RecordHeldRun } from './use-cases/record-held-run';

@Module({
  imports: [
    CoursesModule,
    MongooseModule.forFeature([
      { name: ENROLMENT_MODEL, schema: enrolmentSchema },
      { name: CLAIM_MODEL, schema: claimSchema },
    ]),
  ],
  controllers: [EnrolmentsController, RunChangesController, RecordedRunsController],
  providers: [
    EnrolmentsRepository,
    ClaimsRepository,
    ClaimStaleness,
    ChangeEnrolment,
    EnrolmentAccess,
    Enrol,
    Withdraw,
    CancelRun,
    FitSeats,
    ChangeCapacity,
    PromoteWaitlist,
    RecordCompletion,
    RecordHeldRun,
    FindEnrolments,
    // What the veteran's export shows and their erasure forgets (and frees).
    EnrolmentRecordsHolder,
  ],
  exports: [ClaimsRepository],
})
export class EnrolmentsModule {}

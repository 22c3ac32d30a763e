import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import { RunIdParams } from '../courses/course.dto';
import { EnrolmentIdParams, RecordCompletionBody } from './enrolment.dto';
import {
  EnrolmentListDto,
  EnrolmentListView,
  EnrolmentView,
  EnrolmentViewDto,
  toEnrolmentListView,
  toEnrolmentView,
} from './enrolment.view';
import { Enrol } from './use-cases/enrol';
import { FindEnrolments } from './use-cases/find-enrolments';
import { RecordCompletion } from './use-cases/record-completion';
import { Withdraw } from './use-cases/withdraw';

@ApiTags('enrolments')
@ApiBearerAuth()
@Controller('trainings')
export class EnrolmentsController {
  constructor(
    private readonly enrol: Enrol,
    private readonly withdraw: Withdraw,
    private readonly recordCompletion: RecordCompletion,
    private readonly find: FindEnrolments,
  ) {}

  @Post('runs/:runId/enrolments')
  @Roles('veteran')
  @ApiOperation({
    summary:
      'Enrol in a run while its enrolment is open: a seat when one is free, else the next place in line (veterans)',
  })
  @ApiCreatedResponse({ type: EnrolmentViewDto })
  @ApiErrors(
    400,
    403,
    [404, 'no course run has this id'],
    [409, 'already enrolled, or enrolment is not open'],
  )
  async enrolIn(
    @CurrentPrincipal() veteran: Principal,
    @Param() params: RunIdParams,
  ): Promise<EnrolmentView> {
    return toEnrolmentView(await this.enrol.execute(veteran, params.runId));
  }

  @Get('runs/:runId/enrolments')
  @Roles('officer', 'training-provider')
  @ApiOperation({
    summary:
      'A run’s roster: seats, the line, withdrawals and completions (officers, or staff of the run’s training provider)',
  })
  @ApiOkResponse({ type: EnrolmentListDto })
  @ApiErrors(
    400,
    [403, 'not an officer, or the run is another training provider’s'],
    [404, 'no course run has this id'],
  )
  async roster(
    @CurrentPrincipal() caller: Principal,
    @Param() params: RunIdParams,
  ): Promise<EnrolmentListView> {
    return toEnrolmentListView(await this.find.rosterOf(caller, params.runId));
  }

  @Get('enrolments/me')
  @Roles('veteran')
  @ApiOperation({ summary: 'My enrolments, newest first (veterans)' })
  @ApiOkResponse({ type: EnrolmentListDto })
  @ApiErrors(403)
  async mine(@CurrentPrincipal() veteran: Principal): Promise<EnrolmentListView> {
    return toEnrolmentListView(await this.find.mine(veteran));
  }

  @Get('enrolments/:enrolmentId')
  @Roles('veteran', 'officer', 'training-provider')
  @ApiOperation({
    summary:
      'One enrolment: the veteran’s own, any for an officer, one in their provider’s runs for training-provider staff',
  })
  @ApiOkResponse({ type: EnrolmentViewDto })
  @ApiErrors(400, 403, [404, 'no enrolment the caller may see has this id'])
  async one(
    @CurrentPrincipal() caller: Principal,
    @Param() params: EnrolmentIdParams,
  ): Promise<EnrolmentView> {
    return toEnrolmentView(await this.find.one(caller, params.enrolmentId));
  }

  @Post('enrolments/:enrolmentId/withdrawal')
  @HttpCode(200)
  @Roles('veteran', 'officer')
  @ApiOperation({
    summary:
      'Withdraw before the run starts; a freed seat goes to the first in line (the veteran, or an officer)',
  })
  @ApiOkResponse({ type: EnrolmentViewDto })
  @ApiErrors(
    400,
    403,
    [404, 'no enrolment the caller may see has this id'],
    [409, 'the run started, or already withdrawn'],
  )
  async withdrawFrom(
    @CurrentPrincipal() caller: Principal,
    @Param() params: EnrolmentIdParams,
  ): Promise<EnrolmentView> {
    return toEnrolmentView(await this.withdraw.execute(caller, params.enrolmentId));
  }

  @Post('enrolments/:enrolmentId/completion')
  @HttpCode(200)
  @Roles('officer', 'training-provider')
  @ApiOperation({
    summary:
      'Record attendance and completion after the run started (officers, or staff of the run’s training provider); completion publishes trainings.course-completed',
  })
  @ApiOkResponse({ type: EnrolmentViewDto })
  @ApiErrors(
    400,
    403,
    [404, 'no enrolment the caller may see has this id (another provider’s run included)'],
    [
      409,
      'not enrolled, the run has not started (a run recorded afterwards: not ended), or already recorded',
    ],
  )
  async complete(
    @CurrentPrincipal() recorder: Principal,
    @Param() params: EnrolmentIdParams,
    @Body() body: RecordCompletionBody,
  ): Promise<EnrolmentView> {
    return toEnrolmentView(await this.recordCompletion.execute(recorder, params.enrolmentId, body));
  }
}

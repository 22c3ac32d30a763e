import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import { StaffGrantGuard } from '../bases/staff-grant.guard';
import { ApplicationIdParams, DecisionBody, ReasonBody, ReviewersBody, ScoreBody } from './application.dto';
import type { Application } from './domain/application';
import { Admissions } from './use-cases/admissions';
import { ReviewApplications, ScoresView } from './use-cases/review-applications';

const REVIEWER_ROLES = ['mentor', 'officer', 'base-staff'] as const;

/** Screening, review with scoring and conflicts of interest, and the decision (with the space it takes). */
@ApiTags('review')
@ApiBearerAuth()
@UseGuards(StaffGrantGuard)
@Controller('applications/:applicationId')
export class ReviewController {
  constructor(
    private readonly review: ReviewApplications,
    private readonly admissions: Admissions,
  ) {}

  @Post('screening')
  @Roles('base-staff', 'officer')
  @ApiOperation({ summary: 'Start screening a submitted application' })
  @ApiErrors(400, 403, 404, [409, 'names the current state'])
  screen(
    @CurrentPrincipal() staff: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: ReasonBody,
  ): Promise<Application> {
    return this.review.screen(staff, params.applicationId, body.reason);
  }

  @Post('review')
  @Roles('base-staff', 'officer')
  @ApiOperation({ summary: 'Send a screened application to review, with its reviewers' })
  @ApiErrors(400, 403, 404, [409, 'names the current state'])
  sendToReview(
    @CurrentPrincipal() staff: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: ReviewersBody,
  ): Promise<Application> {
    return this.review.sendToReview(staff, params.applicationId, body.reviewerIds, body.reason);
  }

  @Post('reviewers')
  @Roles('base-staff', 'officer')
  @ApiOperation({ summary: 'Assign more reviewers (screening or in review)' })
  @ApiErrors(400, 403, 404, [409, 'names the current state'])
  assign(
    @CurrentPrincipal() staff: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: ReviewersBody,
  ): Promise<Application> {
    return this.review.assignReviewers(staff, params.applicationId, body.reviewerIds);
  }

  @Post('scores')
  @Roles(...REVIEWER_ROLES)
  @ApiOperation({
    summary: "Submit one's scores against the rubric, once; answers every counted score and the totals",
  })
  @ApiErrors(400, [403, 'not a reviewer, or conflicted'], 404, [409, 'already scored, or not in review'])
  score(
    @CurrentPrincipal() reviewer: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: ScoreBody,
  ): Promise<ScoresView> {
    return this.review.score(reviewer, params.applicationId, body.scores, body.comment);
  }

  @Post('conflict-of-interest')
  @Roles(...REVIEWER_ROLES)
  @HttpCode(204)
  @ApiOperation({
    summary: 'Declare a conflict of interest: the reviewer is removed, their scores never count',
  })
  @ApiErrors(400, 403, 404, 409)
  async conflict(
    @CurrentPrincipal() reviewer: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: ReasonBody,
  ): Promise<void> {
    await this.review.declareConflict(reviewer, params.applicationId, body.reason);
  }

  @Get('scores')
  @ApiOperation({
    summary:
      'The scores and weighted totals with their spread; a reviewer reads them only after submitting their own',
  })
  @ApiErrors(400, [403, 'submit your own scores first'], 404)
  scores(@CurrentPrincipal() reader: Principal, @Param() params: ApplicationIdParams): Promise<ScoresView> {
    return this.review.scores(reader, params.applicationId);
  }

  @Post('decision')
  @Roles('base-staff', 'officer')
  @ApiOperation({
    summary:
      'Accept (claims a seat and units; waitlisted when none is free), reject or waitlist, with the reason the founder sees',
  })
  @ApiErrors(400, 403, 404, [409, 'names the current state'])
  decide(
    @CurrentPrincipal() staff: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: DecisionBody,
  ): Promise<Application> {
    return this.admissions.decide(staff, params.applicationId, body.outcome, body.reason);
  }
}

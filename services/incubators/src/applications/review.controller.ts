import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import { StaffGrantGuard } from '../bases/staff-grant.guard';
import { ApplicationIdParams, DecisionBody, ReasonBody, ReviewersBody, ScoreBody } from './application.dto';
import {
  ApplicationView,
  ApplicationViewDto,
  ScoresViewBody,
  ScoresViewDto,
  toScoresView,
  viewFor,
} from './application.view';
import { Admissions } from './use-cases/admissions';
import { ReviewApplications } from './use-cases/review-applications';

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
  @ApiCreatedResponse({ type: ApplicationViewDto })
  @ApiErrors(400, 403, 404, [409, 'names the current state'])
  async screen(
    @CurrentPrincipal() staff: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: ReasonBody,
  ): Promise<ApplicationView> {
    return viewFor(staff, await this.review.screen(staff, params.applicationId, body.reason));
  }

  @Post('review')
  @Roles('base-staff', 'officer')
  @ApiOperation({ summary: 'Send a screened application to review, with its reviewers' })
  @ApiCreatedResponse({ type: ApplicationViewDto })
  @ApiErrors(400, 403, 404, [409, 'names the current state'])
  async sendToReview(
    @CurrentPrincipal() staff: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: ReviewersBody,
  ): Promise<ApplicationView> {
    return viewFor(
      staff,
      await this.review.sendToReview(staff, params.applicationId, body.reviewerIds, body.reason),
    );
  }

  @Post('reviewers')
  @Roles('base-staff', 'officer')
  @ApiOperation({ summary: 'Assign more reviewers (screening or in review)' })
  @ApiCreatedResponse({ type: ApplicationViewDto })
  @ApiErrors(400, 403, 404, [409, 'names the current state'])
  async assign(
    @CurrentPrincipal() staff: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: ReviewersBody,
  ): Promise<ApplicationView> {
    return viewFor(staff, await this.review.assignReviewers(staff, params.applicationId, body.reviewerIds));
  }

  @Post('scores')
  @Roles(...REVIEWER_ROLES)
  @ApiOperation({
    summary: "Submit one's scores against the rubric, once; answers every counted score and the totals",
  })
  @ApiCreatedResponse({ type: ScoresViewDto })
  @ApiErrors(400, [403, 'not a reviewer, or conflicted'], 404, [409, 'already scored, or not in review'])
  async score(
    @CurrentPrincipal() reviewer: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: ScoreBody,
  ): Promise<ScoresViewBody> {
    return toScoresView(await this.review.score(reviewer, params.applicationId, body.scores, body.comment));
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
  @ApiOkResponse({ type: ScoresViewDto })
  @ApiErrors(400, [403, 'submit your own scores first'], 404)
  async scores(
    @CurrentPrincipal() reader: Principal,
    @Param() params: ApplicationIdParams,
  ): Promise<ScoresViewBody> {
    return toScoresView(await this.review.scores(reader, params.applicationId));
  }

  @Post('decision')
  @Roles('base-staff', 'officer')
  @ApiOperation({
    summary:
      'Accept (claims a seat and units; waitlisted when none is free), reject or waitlist, with the reason the founder sees',
  })
  @ApiCreatedResponse({ type: ApplicationViewDto })
  @ApiErrors(400, 403, 404, [409, 'names the current state'])
  async decide(
    @CurrentPrincipal() staff: Principal,
    @Param() params: ApplicationIdParams,
    @Body() body: DecisionBody,
  ): Promise<ApplicationView> {
    return viewFor(
      staff,
      await this.admissions.decide(staff, params.applicationId, body.outcome, body.reason),
    );
  }
}

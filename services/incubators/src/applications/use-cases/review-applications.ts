import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { ForbiddenError, InvalidInputError, InvalidStateError } from '@vetlink/http';
import { assertRunsBase } from '../../bases/base-staff';
import { BasesRepository } from '../../bases/bases.repository';
import type { Programme } from '../../bases/domain/programme';
import type { Application, Reviewer } from '../domain/application';
import { assertCanTake, transition } from '../domain/lifecycle';
import { mayReadScores, ReviewScore, ReviewSummary, scoreIssues, summariseReview } from '../domain/review';
import { ReviewsRepository } from '../reviews.repository';
import { actorOf, ApplicationAccess, isReviewerOf } from './application-access';

export interface ScoresView {
  summary: ReviewSummary;
  scores: ReviewScore[];
}

/** Screening and review: staff move the application and assign reviewers; reviewers score or declare conflicts. */
@Injectable()
export class ReviewApplications {
  constructor(
    private readonly access: ApplicationAccess,
    private readonly reviews: ReviewsRepository,
    private readonly bases: BasesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async screen(staff: Principal, applicationId: string, reason: string): Promise<Application> {
    return this.access.change(
      applicationId,
      () => this.ofBase(staff, applicationId),
      (current) => {
        const at = this.clock.now();
        return {
          next: transition(current, 'screen', actorOf(staff), at, reason),
          change: { action: 'screen', by: actorOf(staff), at, reason },
          events: [],
        };
      },
    );
  }

  /** Sends a screened application to review with its reviewers (at least one). */
  async sendToReview(
    staff: Principal,
    applicationId: string,
    reviewerIds: readonly string[],
    reason = 'passed screening',
  ): Promise<Application> {
    return this.access.change(
      applicationId,
      () => this.ofBase(staff, applicationId),
      (current) => {
        const at = this.clock.now();
        const withReviewers = { ...current, reviewers: this.added(current, staff, reviewerIds, at) };
        return {
          next: transition(withReviewers, 'send-to-review', actorOf(staff), at, reason),
          change: { action: 'send-to-review', by: actorOf(staff), at, reason },
          events: [],
        };
      },
    );
  }

  async assignReviewers(
    staff: Principal,
    applicationId: string,
    reviewerIds: readonly string[],
  ): Promise<Application> {
    return this.access.change(
      applicationId,
      () => this.ofBase(staff, applicationId),
      (current) => {
        assertCanTake(current, 'assign-reviewers');
        const at = this.clock.now();
        const reviewers = this.added(current, staff, reviewerIds, at);
        if (reviewers.length === current.reviewers.length) return undefined;
        return {
          next: { ...current, reviewers, updatedAt: at },
          change: {
            action: 'assign-reviewers',
            by: actorOf(staff),
            at,
            reason: `reviewers ${reviewerIds.join(', ')}`,
          },
          events: [],
        };
      },
    );
  }

  /** A reviewer's scores against the rubric, once; refused after a declared conflict. */
  async score(
    reviewer: Principal,
    applicationId: string,
    scores: Record<string, number>,
    comment: string,
  ): Promise<ScoresView> {
    const application = await this.asReviewer(reviewer, applicationId);
    const own = await this.reviews.own(applicationId, reviewer.userId);
    if (own.conflicted) throw new ForbiddenError('you declared a conflict of interest on this application');
    const programme = await this.programmeOf(application);
    const issues = scoreIssues(programme.rubric, scores);
    if (issues.length > 0) throw new InvalidInputError(issues);
    await this.reviews.insertScore({
      applicationId,
      reviewerId: reviewer.userId,
      scores,
      comment,
      submittedAt: this.clock.now(),
    });
    return this.scores(reviewer, applicationId);
  }

  /** Removes the reviewer from the review: their scores, even already submitted, never count. */
  async declareConflict(reviewer: Principal, applicationId: string, reason: string): Promise<void> {
    await this.asReviewer(reviewer, applicationId);
    await this.reviews.insertConflict({
      applicationId,
      reviewerId: reviewer.userId,
      reason,
      declaredAt: this.clock.now(),
    });
  }

  /** Scores and their summary, for those `mayReadScores` lets read them. */
  async scores(reader: Principal, applicationId: string): Promise<ScoresView> {
    const application = await this.access.visible(reader, applicationId);
    const own = isReviewerOf(reader, application)
      ? await this.reviews.own(applicationId, reader.userId)
      : { submitted: false, conflicted: false };
    const reading = mayReadScores(reader, application, own);
    if (!reading.allowed) throw new ForbiddenError(reading.reason);
    return this.summaryOf(application);
  }

  async summaryOf(application: Application): Promise<ScoresView> {
    const programme = await this.programmeOf(application);
    const { scores, conflicts } = await this.reviews.of(application.id);
    return { summary: summariseReview(programme.rubric, scores, conflicts), scores };
  }

  private async asReviewer(reviewer: Principal, applicationId: string): Promise<Application> {
    const application = await this.access.visible(reviewer, applicationId);
    if (!isReviewerOf(reviewer, application))
      throw new ForbiddenError('you are not a reviewer of this application');
    assertCanTake(application, 'score');
    return application;
  }

  private async ofBase(staff: Principal, applicationId: string): Promise<Application> {
    const application = await this.access.visible(staff, applicationId);
    assertRunsBase(staff, application.baseId);
    return application;
  }

  private async programmeOf(application: Application): Promise<Programme> {
    const programme = await this.bases.findProgramme(application.programmeId);
    if (!programme) throw new InvalidStateError(`the programme ${application.programmeId} is no longer kept`);
    return programme;
  }

  /** The reviewers with the new ones; the founder and the team's veterans never review their own venture. */
  private added(
    application: Application,
    staff: Principal,
    reviewerIds: readonly string[],
    at: Date,
  ): Reviewer[] {
    const own = new Set([
      application.founderId,
      ...application.team.flatMap((member) => member.veteranId ?? []),
    ]);
    const index = reviewerIds.findIndex((id) => own.has(id));
    if (index >= 0)
      throw new InvalidInputError([
        { field: `reviewerIds.${index}`, message: 'is on the venture: cannot review it' },
      ]);
    const fresh = [...new Set(reviewerIds)].filter(
      (id) => !application.reviewers.some((r) => r.userId === id),
    );
    return [
      ...application.reviewers,
      ...fresh.map((userId) => ({ userId, assignedBy: staff.userId, assignedAt: at })),
    ];
  }
}

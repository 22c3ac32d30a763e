import type { RubricCriterion } from '../../bases/domain/programme';
import { mayReadScores, ReviewScore, scoreIssues, summariseReview, weightedTotal } from './review';

const anchors = { '1': 'weak', '5': 'outstanding' };
const rubric: RubricCriterion[] = [
  { id: 'team', name: 'Team', weight: 50, anchors },
  { id: 'market', name: 'Market', weight: 30, anchors },
  { id: 'veteran-jobs', name: 'Jobs for veterans', weight: 20, anchors },
];
const score = (reviewerId: string, scores: Record<string, number>): ReviewScore => ({
  applicationId: 'app-1',
  reviewerId,
  scores,
  comment: '',
  submittedAt: new Date('2026-03-05T00:00:00Z'),
});

describe('rubric totals', () => {
  it('weighs each criterion: the total is the weighted mean on the 1-5 scale', () => {
    expect(weightedTotal(rubric, { team: 5, market: 3, 'veteran-jobs': 1 })).toBe(3.6); // (250+90+20)/100
    expect(weightedTotal(rubric, { team: 4, market: 4, 'veteran-jobs': 4 })).toBe(4);
  });

  it('gives the mean of the reviewers and the spread between them, per total and per criterion', () => {
    const summary = summariseReview(
      rubric,
      [
        score('r1', { team: 5, market: 3, 'veteran-jobs': 1 }),
        score('r2', { team: 4, market: 4, 'veteran-jobs': 4 }),
      ],
      [],
    );
    expect(summary.total).toBe(3.8);
    expect(summary.spread).toBe(0.4);
    expect(summary.criteria).toEqual([
      { id: 'team', mean: 4.5, spread: 1 },
      { id: 'market', mean: 3.5, spread: 1 },
      { id: 'veteran-jobs', mean: 2.5, spread: 3 },
    ]);
  });

  it("never counts a conflicted reviewer's scores, even those submitted before the conflict", () => {
    const summary = summariseReview(
      rubric,
      [
        score('r1', { team: 1, market: 1, 'veteran-jobs': 1 }),
        score('r2', { team: 4, market: 4, 'veteran-jobs': 4 }),
      ],
      [{ reviewerId: 'r1' }],
    );
    expect(summary.counted).toEqual([{ reviewerId: 'r2', total: 4 }]);
    expect(summary.total).toBe(4);
    expect(summary.spread).toBe(0);
    expect(summary.conflicted).toEqual(['r1']);
  });

  it('has no total before anyone scored', () => {
    expect(summariseReview(rubric, [], []).total).toBeUndefined();
  });

  it('refuses scores that miss a criterion, name an unknown one or leave the 1-5 scale', () => {
    expect(scoreIssues(rubric, { team: 6, market: 3, luck: 5 })).toEqual([
      { field: 'scores.veteran-jobs', message: 'score Jobs for veterans (1 to 5)' },
      { field: 'scores.team', message: 'must be a whole score from 1 to 5' },
      { field: 'scores.luck', message: 'is not a criterion of the rubric' },
    ]);
  });
});

describe("the rule that hides others' scores", () => {
  const application = {
    baseId: 'base-1',
    reviewers: [{ userId: 'r1', assignedBy: 'staff-1', assignedAt: new Date() }],
  };
  const reviewer = { userId: 'r1', role: 'mentor' as const };

  it('hides them from a reviewer who has not submitted their own', () => {
    expect(mayReadScores(reviewer, application, { submitted: false, conflicted: false })).toEqual({
      allowed: false,
      reason: "submit your own scores before reading the others'",
    });
  });

  it('shows them once the reviewer has submitted, and never to a conflicted one', () => {
    expect(mayReadScores(reviewer, application, { submitted: true, conflicted: false }).allowed).toBe(true);
    expect(mayReadScores(reviewer, application, { submitted: true, conflicted: true }).allowed).toBe(false);
  });

  it('shows them to the base staff and officers, not to staff of another base or to the founder', () => {
    const none = { submitted: false, conflicted: false };
    expect(
      mayReadScores({ userId: 's', role: 'base-staff', organisationId: 'base-1' }, application, none).allowed,
    ).toBe(true);
    expect(mayReadScores({ userId: 'o', role: 'officer' }, application, none).allowed).toBe(true);
    expect(
      mayReadScores({ userId: 's', role: 'base-staff', organisationId: 'base-2' }, application, none).allowed,
    ).toBe(false);
    expect(mayReadScores({ userId: 'vet-1', role: 'veteran' }, application, none).allowed).toBe(false);
  });
});

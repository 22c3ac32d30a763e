import type { Principal } from '@vetlink/auth';
import { draftApplication } from './domain/application.fixture';
import { applicationViewSchema, scoresViewSchema, toScoresView, viewFor } from './application.view';

const at = new Date('2026-04-01T08:00:00Z');
const staff: Principal = { userId: 'staff-1', role: 'base-staff', organisationId: 'base-1' } as Principal;
const founder: Principal = { userId: 'vet-1', role: 'veteran' } as Principal;

/** An application that went all the way: every optional part of the view is present. */
const graduated = draftApplication({
  state: 'graduated',
  venture: {
    ...draftApplication().venture,
    registration: { registered: true, creditCode: '91320115MA1XXXXXXX' },
    spaceNeed: null,
  },
  eligibility: { eligible: true, checkedAt: at, rules: [{ rule: 'window', passed: true, reason: 'open' }] },
  reviewers: [{ userId: 'rev-1', assignedBy: 'staff-1', assignedAt: at }],
  decision: {
    outcome: 'accepted',
    reason: 'strong team',
    at,
    by: { userId: 'staff-1', role: 'base-staff' },
    review: { total: 4.2, spread: 0.5, reviewers: 2 },
  },
  residence: {
    seat: 'seat:prog-1:1',
    units: [],
    admittedAt: at,
    milestones: [
      {
        id: 'm-1',
        goal: 'First customers',
        measure: 'customers',
        target: 10,
        dueOn: '2026-06-30',
        status: 'reached',
        mentorIds: ['mentor-1'],
        checkIns: [{ at, by: 'vet-1', note: 'ten signed', progress: 10 }],
        reachedAt: at,
      },
    ],
    ended: {
      how: 'graduated',
      at,
      reason: 'done',
      outcomes: {
        companyRegistered: true,
        jobsCreated: 6,
        jobsForVeterans: 3,
        revenueBand: '100k-1m',
        fundingRaisedFen: 500_000_00,
        loansTaken: 1,
      },
    },
  },
  history: [{ from: 'draft', to: 'submitted', at, by: { userId: 'vet-1', role: 'veteran' }, reason: 'ok' }],
  submittedAt: at,
});

describe('the application view', () => {
  it('matches its documented schema exactly (no field left out of the document), times as ISO text', () => {
    const view = JSON.parse(JSON.stringify(viewFor(staff, graduated)));
    expect(applicationViewSchema.strict().parse(view)).toEqual(view);
    expect(view.decision.at).toBe('2026-04-01T08:00:00.000Z');
    expect(view.reviewers).toEqual([
      { userId: 'rev-1', assignedBy: 'staff-1', assignedAt: at.toISOString() },
    ]);
  });

  it('matches it for a bare draft', () => {
    const view = JSON.parse(JSON.stringify(viewFor(founder, draftApplication())));
    expect(applicationViewSchema.parse(view)).toEqual(view);
  });

  it('hides the reviewers from the founder only', () => {
    expect(viewFor(founder, graduated).reviewers).toBeUndefined();
    expect(viewFor({ userId: 'vet-2', role: 'veteran' } as Principal, graduated).reviewers).toHaveLength(1);
  });

  it('shows scores and their summary as documented', () => {
    const view = toScoresView({
      summary: {
        counted: [{ reviewerId: 'rev-1', total: 4 }],
        total: 4,
        spread: 0,
        criteria: [],
        conflicted: [],
      },
      scores: [
        { applicationId: 'app-1', reviewerId: 'rev-1', scores: { team: 4 }, comment: '', submittedAt: at },
      ],
    });
    expect(scoresViewSchema.parse(view)).toEqual(view);
  });
});

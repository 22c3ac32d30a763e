import {
  admissionContributions,
  graduationContributions,
  incubationApplicationContributions,
  incubationDecisionContributions,
} from './incubation-contributions';
import {
  disbursementContributions,
  loanApplicationContributions,
  loanClosedContributions,
  loanDecisionContributions,
  overdueContributions,
} from './loan-contributions';
import {
  mentorVerifiedContributions,
  sessionBookedContributions,
  sessionCancelledContributions,
  sessionCompletedContributions,
} from './mentor-contributions';
import { figureTable } from './figure-table';
import { FIGURE_IDS, FIGURES } from './figures';
import { applyEvents, emptyTally } from './tally';
import { counted } from './contribution';

const startup = {
  applicationId: 'app-1',
  programmeId: 'prog-1',
  baseId: 'base-1',
  veteranId: 'v1',
  cityId: 'xuzhou',
};
const loan = { loanId: 'loan-1', veteranId: 'v1', bankId: 'bank-1', productId: 'product-1' };
const session = {
  sessionId: 's1',
  mentorId: 'm1',
  mentorName: '王老师',
  veteranId: 'v1',
  start: '2027-03-02T02:00:00.000Z',
  end: '2027-03-02T03:00:00.000Z',
  mode: 'online' as const,
  topic: '创业计划',
  sequence: 0,
};
// 00:30 on 1 March in Shanghai, still 28 February in UTC: figures count on the Shanghai day.
const AT = '2027-02-28T16:30:00.000Z';
const where = (cityId: string) => ({ day: '2027-03-01', cityId, districtId: 'unknown' });

describe('what an incubators event counts (in the base’s city, no district)', () => {
  it('counts an application and each decision as sent', () => {
    expect(incubationApplicationContributions(applicationSubmitted())).toEqual([
      { figure: 'incubation-applications', ...where('xuzhou'), amount: 1 },
    ]);
    const decided = (decision: 'accepted' | 'rejected' | 'waitlisted') =>
      incubationDecisionContributions({ ...startup, decision, reason: 'r', decidedAt: AT })[0].figure;
    expect([decided('waitlisted'), decided('accepted'), decided('rejected')]).toEqual([
      'incubation-waitlisted',
      'incubation-accepted',
      'incubation-rejected',
    ]);
  });

  it('counts an admission, and a leaving with the jobs it created, graduated or exited', () => {
    expect(admissionContributions({ ...startup, units: [], admittedAt: AT })).toEqual([
      { figure: 'startups-admitted', ...where('xuzhou'), amount: 1 },
    ]);
    const ended = {
      ...startup,
      ending: 'graduated' as const,
      companyRegistered: true,
      jobsCreated: 12,
      jobsForVeterans: 5,
      revenueBand: '100k-1m' as const,
      fundingRaisedFen: 0,
      loansTaken: 1,
      endedAt: AT,
    };
    expect(graduationContributions(ended)).toEqual([
      { figure: 'startups-graduated', ...where('xuzhou'), amount: 1 },
      { figure: 'incubation-jobs-created', ...where('xuzhou'), amount: 12 },
      { figure: 'incubation-jobs-for-veterans', ...where('xuzhou'), amount: 5 },
    ]);
    expect(graduationContributions({ ...ended, ending: 'exited' }).map((c) => c.figure)).toEqual([
      'startups-exited',
      'incubation-jobs-created',
      'incubation-jobs-for-veterans',
    ]);
  });
});

describe('what a loans event counts', () => {
  it('places applications and disbursements in the loan’s city, with the amount in fen', () => {
    expect(
      loanApplicationContributions({
        ...loan,
        cityId: 'nanjing',
        amountFen: 5,
        termMonths: 12,
        submittedAt: AT,
      }),
    ).toEqual([{ figure: 'loan-applications', ...where('nanjing'), amount: 1 }]);
    expect(disbursementContributions(disbursed(30_000_000))).toEqual([
      { figure: 'loans-disbursed', ...where('nanjing'), amount: 1 },
      { figure: 'loans-disbursed-fen', ...where('nanjing'), amount: 30_000_000 },
    ]);
  });

  it('counts decisions and closings in the city the application was submitted in, with the interest saved', () => {
    const decided = (decision: 'approved' | 'rejected') =>
      loanDecisionContributions({
        ...loan,
        cityId: 'nanjing',
        decision,
        reason: 'r',
        amountFen: 1,
        decidedAt: AT,
      });
    expect(decided('approved')).toEqual([{ figure: 'loans-approved', ...where('nanjing'), amount: 1 }]);
    expect(decided('rejected')[0].figure).toBe('loans-rejected');
    const closed = {
      ...loan,
      cityId: 'nanjing',
      reason: 'repaid-early' as const,
      principalFen: 30_000_000,
      interestPaidFen: 100_000,
      subsidyFen: 412_345,
      closedAt: AT,
    };
    expect(loanClosedContributions(closed)).toEqual([
      { figure: 'loans-closed', ...where('nanjing'), amount: 1 },
      { figure: 'loan-interest-subsidised-fen', ...where('nanjing'), amount: 412_345 },
    ]);
  });

  it('keeps decisions and closings sent before they named a city under unknown', () => {
    const decided = loanDecisionContributions({
      ...loan,
      decision: 'approved',
      reason: 'r',
      amountFen: 1,
      decidedAt: AT,
    });
    expect(decided).toEqual([{ figure: 'loans-approved', ...where('unknown'), amount: 1 }]);
    const closed = {
      ...loan,
      reason: 'repaid' as const,
      principalFen: 1,
      interestPaidFen: 0,
      subsidyFen: 0,
      closedAt: AT,
    };
    expect(loanClosedContributions(closed)[0]).toEqual({
      figure: 'loans-closed',
      ...where('unknown'),
      amount: 1,
    });
  });

  it('counts an overdue notice on the day it was found, the forfeiture apart', () => {
    const overdue = {
      ...loan,
      cityId: 'nanjing',
      sequence: 3,
      dueOn: '2027-02-25',
      outstandingFen: 100,
      daysLate: 4,
      subsidyForfeited: false,
    };
    expect(overdueContributions(overdue)).toEqual([
      { figure: 'loan-instalments-overdue', ...where('nanjing'), amount: 1 },
    ]);
    const { cityId: _sentBefore, ...unplaced } = overdue;
    expect(overdueContributions(unplaced)[0].cityId).toBe('unknown');
    expect(overdueContributions({ ...overdue, daysLate: 31, subsidyForfeited: true })).toEqual([
      {
        figure: 'loan-subsidies-forfeited',
        day: '2027-03-28',
        cityId: 'nanjing',
        districtId: 'unknown',
        amount: 1,
      },
    ]);
  });
});

describe('what a mentors event counts', () => {
  it("places a verified mentor in their city, and a session in the city it names (the veteran's)", () => {
    const verified = {
      mentorId: 'm1',
      displayName: '王老师',
      expertise: [],
      verifiedBy: 'o1',
      verifiedAt: AT,
    };
    expect(mentorVerifiedContributions({ ...verified, cityId: 'suzhou' })).toEqual([
      { figure: 'mentors-verified', ...where('suzhou'), amount: 1 },
    ]);
    // A free-text city that could break the count key is not trusted as a place.
    expect(mentorVerifiedContributions({ ...verified, cityId: 'su|zhou' })[0].cityId).toBe('unknown');
    const inNanjing = { ...session, cityId: 'nanjing' };
    expect(sessionBookedContributions({ ...inNanjing, bookedAt: AT })).toEqual([
      { figure: 'mentor-sessions-booked', ...where('nanjing'), amount: 1 },
    ]);
    expect(
      sessionCancelledContributions({ ...inNanjing, cancelledBy: 'veteran', cancelledAt: AT })[0],
    ).toEqual({ figure: 'mentor-sessions-cancelled', ...where('nanjing'), amount: 1 });
    const completed = (outcome: 'held' | 'no-show') =>
      sessionCompletedContributions({ ...inNanjing, outcome, completedAt: AT })[0];
    expect([completed('held'), completed('no-show')]).toEqual([
      { figure: 'mentor-sessions-held', ...where('nanjing'), amount: 1 },
      { figure: 'mentor-sessions-no-show', ...where('nanjing'), amount: 1 },
    ]);
    // A session booked before its events named a city stays under unknown.
    expect(sessionBookedContributions({ ...session, bookedAt: AT })[0].cityId).toBe('unknown');
  });
});

describe('the programme figures in the table', () => {
  it('adds amounts up by city, an unknown city its own row, and defines every figure', () => {
    const tally = applyEvents(emptyTally('t', '2027-03'), [
      { eventId: 'd1', contributions: disbursementContributions(disbursed(10_000_000)) },
      { eventId: 'd2', contributions: disbursementContributions(disbursed(25_000_050)) },
      { eventId: 'b1', contributions: [counted('mentor-sessions-booked', AT, {})] },
    ]);
    const rows = figureTable([tally], { from: '2027-03-01', to: '2027-03-31', period: 'total', by: 'city' });
    expect(
      rows.map((row) => [
        row.cityId,
        row.figures['loans-disbursed'],
        row.figures['loans-disbursed-fen'],
        row.figures['mentor-sessions-booked'],
      ]),
    ).toEqual([
      ['nanjing', 2, 35_000_050, 0],
      ['unknown', 0, 0, 1],
    ]);
    for (const id of FIGURE_IDS) expect(FIGURES[id].definition).toMatch(/\([a-z]+\.[a-z-]+/);
  });
});

function applicationSubmitted() {
  return {
    ...startup,
    industry: 'logistics',
    stage: 'idea' as const,
    registered: false,
    teamSize: 3,
    veteranMembers: 2,
    fundingNeedFen: 0,
    submittedAt: AT,
  };
}

function disbursed(principalFen: number) {
  return {
    ...loan,
    cityId: 'nanjing',
    principalFen,
    termMonths: 24,
    annualRateBp: 345,
    subsidyShareBp: 10_000,
    installments: 24,
    totalInterestFen: 1,
    totalFundInterestFen: 1,
    firstDueOn: '2027-04-01',
    disbursedAt: AT,
  };
}

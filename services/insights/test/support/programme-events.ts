import {
  incubatorApplicationDecided,
  incubatorApplicationSubmitted,
  installmentOverdue,
  loanApplicationDecided,
  loanApplicationSubmitted,
  loanClosed,
  loanDisbursed,
  mentorVerified,
  sessionBooked,
  sessionCancelled,
  sessionCompleted,
  startupAdmitted,
  startupGraduated,
} from '@vetlink/contracts';
import { uniqueName } from '@vetlink/testing';
import { event } from './job-events';

/**
 * The programme's side of a month, as incubators, loans and mentors announce it, on the test's own days:
 * in Xuzhou a startup applies, is waitlisted, moves up (accepted), is admitted and graduates with 12 jobs, 5
 * for veterans, while another is rejected; in Nanjing a loan of 300,000 CNY is applied for, approved, paid
 * out, found overdue once and repaid early with 4,123.45 CNY of interest subsidised, every event naming
 * the city; a Suzhou mentor is verified and holds a session with a Nanjing veteran (its events name
 * Nanjing, the veteran's home), while another session, booked before sessions named a city, is cancelled:
 * its events carry none and count under `unknown`.
 */
export function programmeStory(day: (offset: number) => string) {
  const at = (offset: number) => `${day(offset)}T02:00:00.000Z`;
  const startup = (cityId: string) => ({
    applicationId: uniqueName('startup'),
    programmeId: 'programme-1',
    baseId: 'base-1',
    veteranId: uniqueName('founder'),
    cityId,
  });
  const admitted = startup('xuzhou');
  const turnedDown = startup('xuzhou');
  const loan = {
    loanId: uniqueName('loan'),
    veteranId: uniqueName('borrower'),
    bankId: 'bank-1',
    productId: 'product-1',
    cityId: 'nanjing',
  };
  const mentorId = uniqueName('mentor');
  const session = (sessionId: string) => ({
    sessionId,
    mentorId,
    mentorName: '王老师',
    veteranId: uniqueName('mentee'),
    start: at(14),
    end: `${day(14)}T03:00:00.000Z`,
    mode: 'online' as const,
    topic: '创业计划',
    sequence: 0,
  });
  const held = { ...session(uniqueName('session')), cityId: 'nanjing' };
  const cancelled = session(uniqueName('session'));
  const application = (ref: ReturnType<typeof startup>) =>
    event(incubatorApplicationSubmitted, {
      ...ref,
      industry: 'logistics',
      stage: 'prototype',
      registered: true,
      teamSize: 4,
      veteranMembers: 2,
      fundingNeedFen: 50_000_000,
      submittedAt: at(10),
    });
  const decided = (
    ref: ReturnType<typeof startup>,
    decision: 'accepted' | 'rejected' | 'waitlisted',
    offset: number,
  ) => event(incubatorApplicationDecided, { ...ref, decision, reason: 'review', decidedAt: at(offset) });
  return [
    application(admitted),
    application(turnedDown),
    decided(turnedDown, 'rejected', 11),
    decided(admitted, 'waitlisted', 11),
    decided(admitted, 'accepted', 12),
    event(startupAdmitted, {
      ...admitted,
      units: [{ spaceType: 'workstation', unit: 3 }],
      admittedAt: at(12),
    }),
    event(startupGraduated, {
      ...admitted,
      ending: 'graduated',
      companyRegistered: true,
      jobsCreated: 12,
      jobsForVeterans: 5,
      revenueBand: '100k-1m',
      fundingRaisedFen: 0,
      loansTaken: 1,
      endedAt: at(20),
    }),
    event(loanApplicationSubmitted, {
      ...loan,
      amountFen: 30_000_000,
      termMonths: 24,
      submittedAt: at(10),
    }),
    event(loanApplicationDecided, {
      ...loan,
      decision: 'approved',
      reason: 'meets the product',
      amountFen: 30_000_000,
      decidedAt: at(11),
    }),
    event(loanDisbursed, {
      ...loan,
      principalFen: 30_000_000,
      termMonths: 24,
      annualRateBp: 345,
      subsidyShareBp: 10_000,
      installments: 24,
      totalInterestFen: 1_100_000,
      totalFundInterestFen: 1_100_000,
      firstDueOn: day(13),
      disbursedAt: at(12),
    }),
    event(installmentOverdue, {
      ...loan,
      sequence: 1,
      dueOn: day(13),
      outstandingFen: 1_300_000,
      daysLate: 2,
      subsidyForfeited: false,
    }),
    event(loanClosed, {
      ...loan,
      reason: 'repaid-early',
      principalFen: 30_000_000,
      interestPaidFen: 10_000,
      subsidyFen: 412_345,
      closedAt: at(20),
    }),
    event(mentorVerified, {
      mentorId,
      displayName: '王老师',
      expertise: ['创业'],
      cityId: 'suzhou',
      verifiedBy: 'officer-1',
      verifiedAt: at(10),
    }),
    event(sessionBooked, { ...held, bookedAt: at(10) }),
    event(sessionBooked, { ...cancelled, bookedAt: at(10) }),
    event(sessionCancelled, { ...cancelled, cancelledBy: 'veteran', cancelledAt: at(11) }),
    event(sessionCompleted, { ...held, outcome: 'held', completedAt: at(14) }),
  ];
}

import {
  installmentOverdue,
  loanApplicationDecided,
  loanClosed,
  sessionBooked,
  sessionCancelled,
  sessionCompleted,
  sessionReminderDue,
  sessionRescheduled,
} from '../events';
import type { EventDefinition } from './define-event';

const AT = '2026-12-08T02:00:00.000Z';
const loan = { loanId: 'loan-1', veteranId: 'v1', bankId: 'bank-1', productId: 'product-1' };
const session = {
  sessionId: 's1',
  mentorId: 'm1',
  mentorName: '王老师',
  veteranId: 'v1',
  start: AT,
  end: AT,
  mode: 'online' as const,
  topic: '创业计划',
  sequence: 0,
};

// Each event as a producer sent it before it named a city.
const placedLater: [EventDefinition, object][] = [
  [loanApplicationDecided, { ...loan, decision: 'approved', reason: 'r', amountFen: 1, decidedAt: AT }],
  [
    installmentOverdue,
    { ...loan, sequence: 1, dueOn: '2026-12-01', outstandingFen: 1, daysLate: 2, subsidyForfeited: false },
  ],
  [
    loanClosed,
    { ...loan, reason: 'repaid', principalFen: 1, interestPaidFen: 0, subsidyFen: 0, closedAt: AT },
  ],
  [sessionBooked, { ...session, bookedAt: AT }],
  [
    sessionRescheduled,
    { ...session, previousStart: AT, previousEnd: AT, rescheduledBy: 'veteran', rescheduledAt: AT },
  ],
  [sessionCancelled, { ...session, cancelledBy: 'mentor', cancelledAt: AT }],
  [sessionReminderDue, { ...session, minutesBefore: 60 }],
  [sessionCompleted, { ...session, outcome: 'held', completedAt: AT }],
];

describe.each(
  placedLater.map(([definition, sentBefore]) => ({ type: definition.type, definition, sentBefore })),
)('$type names the city its figures are counted in', ({ definition, sentBefore }) => {
  it('takes a taxonomy city id', () => {
    expect(definition.payload.parse({ ...sentBefore, cityId: 'nanjing' })).toMatchObject({
      cityId: 'nanjing',
    });
  });

  it('still takes an event sent before it had one (an additive change)', () => {
    expect(definition.payload.parse(sentBefore)).not.toHaveProperty('cityId');
  });

  it('refuses a city that is not a taxonomy id, which would break a count key', () => {
    expect(definition.payload.safeParse({ ...sentBefore, cityId: 'su|zhou' }).success).toBe(false);
    expect(definition.payload.safeParse({ ...sentBefore, cityId: 'Nanjing City' }).success).toBe(false);
  });
});

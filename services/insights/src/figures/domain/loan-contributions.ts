import type {
  installmentOverdue,
  loanApplicationDecided,
  loanApplicationSubmitted,
  loanClosed,
  loanDisbursed,
  PayloadOf,
} from '@vetlink/contracts';
import { counted, countedOnDay, type Contribution } from './contribution';

type SubmittedPayload = PayloadOf<typeof loanApplicationSubmitted>;
type DecidedPayload = PayloadOf<typeof loanApplicationDecided>;
type DisbursedPayload = PayloadOf<typeof loanDisbursed>;
type OverduePayload = PayloadOf<typeof installmentOverdue>;
type ClosedPayload = PayloadOf<typeof loanClosed>;

const DAY_MS = 24 * 3600_000;

export function loanApplicationContributions(application: SubmittedPayload): Contribution[] {
  return [counted('loan-applications', application.submittedAt, application)];
}

/**
 * Decisions, overdue notices and closings name the city the application was submitted in; those sent
 * before they did name none and stay under `unknown`. No district travels on any loans event.
 */
export function loanDecisionContributions(decided: DecidedPayload): Contribution[] {
  const figure = decided.decision === 'approved' ? 'loans-approved' : 'loans-rejected';
  return [counted(figure, decided.decidedAt, decided)];
}

export function disbursementContributions(disbursed: DisbursedPayload): Contribution[] {
  return [
    counted('loans-disbursed', disbursed.disbursedAt, disbursed),
    counted('loans-disbursed-fen', disbursed.disbursedAt, disbursed, disbursed.principalFen),
  ];
}

export function loanClosedContributions(closed: ClosedPayload): Contribution[] {
  return [
    counted('loans-closed', closed.closedAt, closed),
    counted('loan-interest-subsidised-fen', closed.closedAt, closed, closed.subsidyFen),
  ];
}

/**
 * The notice carries no instant: it was sent on the (Shanghai) day the loans service found the instalment
 * `daysLate` days past its due day. The first notice keeps the subsidy; the second says it was forfeited.
 */
export function overdueContributions(overdue: OverduePayload): Contribution[] {
  const foundOn = new Date(Date.parse(`${overdue.dueOn}T00:00:00Z`) + overdue.daysLate * DAY_MS)
    .toISOString()
    .slice(0, 10);
  const figure = overdue.subsidyForfeited ? 'loan-subsidies-forfeited' : 'loan-instalments-overdue';
  return [countedOnDay(figure, foundOn, overdue)];
}

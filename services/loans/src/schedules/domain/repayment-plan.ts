import { addMonths, Day } from './calendar';
import { divideRoundingHalfUp, Fen, toFen, WHOLE_BP } from './money';

/** 等额本息 equal instalments, 等额本金 equal principal, or interest only with the principal at maturity. */
export const REPAYMENT_METHODS = ['equal-installment', 'equal-principal', 'interest-only'] as const;
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number];

export const FREQUENCIES = ['monthly', 'quarterly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** The longest term a product may offer (startup loans run up to three years, renewed at most once more). */
export const MAX_TERM_MONTHS = 60;

/** The highest yearly rate a product may reach (LPR + spread), in basis points. */
export const MAX_ANNUAL_RATE_BP = 1_500;

export const MONTHS_PER_PERIOD: Record<Frequency, number> = { monthly: 1, quarterly: 3 };

/** A year's rate per period is rateBp × monthsPerPeriod / PERIOD_RATE_DENOMINATOR (12 months × 10,000 bp). */
const PERIOD_RATE_DENOMINATOR = BigInt(12 * WHOLE_BP);

export interface RepaymentPlan {
  principalFen: Fen;
  /** The yearly rate fixed at disbursement (LPR + spread), in basis points. */
  annualRateBp: number;
  method: RepaymentMethod;
  frequency: Frequency;
  /** How many instalments. */
  periods: number;
  /** The first instalments that pay interest only (principal grace), fewer than `periods`. */
  gracePeriods: number;
  /** Instalment k falls due (firstSequence + k - 1) periods after this day (the disbursement day). */
  startOn: Day;
  /** 1 for a new loan; later when the rest of a loan is recalculated after an early repayment. */
  firstSequence?: number;
}

export interface PlannedInstallment {
  sequence: number;
  dueOn: Day;
  principalFen: Fen;
  interestFen: Fen;
}

/** The interest of one period on an outstanding principal, rounded half up to the fen. */
export function periodInterestFen(outstanding: Fen, annualRateBp: number, frequency: Frequency): Fen {
  const months = BigInt(MONTHS_PER_PERIOD[frequency]);
  return toFen(
    divideRoundingHalfUp(BigInt(outstanding) * BigInt(annualRateBp) * months, PERIOD_RATE_DENOMINATOR),
  );
}

/**
 * The equal-instalment (annuity) payment, computed exactly and rounded half up once:
 * P = L·r·(1+r)^n / ((1+r)^n − 1) with r = rateBp·m / 120,000, i.e. L·q·A^n / (D·(A^n − D^n)) with
 * q = rateBp·m, D = 120,000 and A = D + q, all in BigInt.
 */
export function annuityPaymentFen(
  principalFen: Fen,
  annualRateBp: number,
  frequency: Frequency,
  periods: number,
): Fen {
  const principal = BigInt(principalFen);
  if (annualRateBp === 0) return toFen(divideRoundingHalfUp(principal, BigInt(periods)));
  const q = BigInt(annualRateBp) * BigInt(MONTHS_PER_PERIOD[frequency]);
  const d = PERIOD_RATE_DENOMINATOR;
  const growth = (d + q) ** BigInt(periods);
  const base = d ** BigInt(periods);
  return toFen(divideRoundingHalfUp(principal * q * growth, d * (growth - base)));
}

/**
 * The principal and interest of every instalment. Interest is each period's rate on the principal still
 * outstanding, rounded half up; the principal parts follow the method and the LAST INSTALMENT ABSORBS
 * ROUNDING: it repays whatever principal is left, so that the parts sum to the amount exactly.
 * - equal instalments: after the grace, principal = the rounded annuity payment − that period's interest;
 * - equal principal: after the grace, floor(amount / repaying periods) each;
 * - interest only: all principal in the last instalment.
 * During the grace periods every method pays interest only.
 */
export function planInstallments(plan: RepaymentPlan): PlannedInstallment[] {
  const { principalFen, annualRateBp, method, frequency, periods, gracePeriods } = plan;
  const firstSequence = plan.firstSequence ?? 1;
  const repayingPeriods = periods - gracePeriods;
  const payment =
    method === 'equal-installment'
      ? annuityPaymentFen(principalFen, annualRateBp, frequency, repayingPeriods)
      : 0;
  const equalPrincipal = Math.floor(principalFen / repayingPeriods);

  const installments: PlannedInstallment[] = [];
  let outstanding = principalFen;
  for (let index = 0; index < periods; index += 1) {
    const sequence = firstSequence + index;
    const interestFen = periodInterestFen(outstanding, annualRateBp, frequency);
    const last = index === periods - 1;
    let principalPart = 0;
    if (last) principalPart = outstanding;
    else if (index >= gracePeriods) {
      if (method === 'equal-installment') principalPart = Math.max(0, payment - interestFen);
      if (method === 'equal-principal') principalPart = equalPrincipal;
    }
    principalPart = Math.min(principalPart, outstanding);
    outstanding -= principalPart;
    installments.push({
      sequence,
      dueOn: addMonths(plan.startOn, sequence * MONTHS_PER_PERIOD[frequency]),
      principalFen: principalPart,
      interestFen,
    });
  }
  return installments;
}

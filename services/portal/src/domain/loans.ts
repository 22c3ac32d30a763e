// Startup loans' plain logic. The loans service carries money as integer fen and rates as basis points
// and does every calculation itself; the browser only adds up whole fen (exact) and formats them, so a
// figure on the page is always the service's figure to the fen.
import type { components } from '../api/schema';

type Schemas = components['schemas'];
export type Product = Schemas['loans.ProductViewDto'];
export type LprQuote = Schemas['loans.LprQuoteViewDto'];
export type Loan = Schemas['loans.LoanViewDto'];
export type LoanState = Loan['state'];
export type Installment = Loan['installments'][number];
export type BorrowerKind = Schemas['loans.ApplyBody']['borrowerKind'];
export type SchedulePreview = Schemas['loans.SchedulePreviewDto'];

const pad2 = (value: number) => String(value).padStart(2, '0');

/** Fen as yuan with two decimals and grouped thousands: 879062 → ¥8,790.62 (no floating point). */
export function formatFen(fen: number, locale: string): string {
  const sign = fen < 0 ? '-' : '';
  const whole = Math.abs(fen);
  const yuan = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.trunc(whole / 100));
  return `${sign}¥${yuan}.${pad2(whole % 100)}`;
}

const YUAN = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/**
 * What a person typed as yuan (300000, 300,000, 2.5) in whole fen, or undefined when it is not an amount
 * of money (letters, a third decimal, a sign): read as digits, never through a float.
 */
export function fenOfYuan(text: string): number | undefined {
  const match = YUAN.exec(text.replace(/[,，\s]/g, ''));
  if (!match) return undefined;
  const [, yuan = '0', cents = ''] = match;
  return Number(yuan) * 100 + Number(cents.padEnd(2, '0'));
}

/** Whole fen back as what a person would type: 30000000 → "300000", 250 → "2.50". */
export function yuanInputOf(fen: number): string {
  const cents = fen % 100;
  return cents === 0 ? String(Math.trunc(fen / 100)) : `${Math.trunc(fen / 100)}.${pad2(cents)}`;
}

/** Basis points as a percentage: 350 → 3.50%; with `trim`, 5000 → 50% (shares read better whole). */
export function formatBp(bp: number, options: { trim?: boolean } = {}): string {
  const text = `${Math.trunc(bp / 100)}.${pad2(Math.abs(bp % 100))}`;
  return `${options.trim ? text.replace(/\.00$/, '') : text}%`;
}

/** The LPR quote in force on `day` (YYYY-MM-DD): the latest that took effect on or before it. */
export function lprInForce(quotes: readonly LprQuote[], day: string): LprQuote | undefined {
  return [...quotes]
    .filter((quote) => quote.effectiveOn <= day)
    .sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn))[0];
}

/** A product's yearly rate today: the LPR of its tenor plus its spread (fixed for a loan when paid out). */
export function productRateBp(
  product: Pick<Product, 'lprTenor' | 'spreadBp'>,
  quote: LprQuote | undefined,
): number | undefined {
  if (!quote) return undefined;
  return (product.lprTenor === '1y' ? quote.oneYearBp : quote.fiveYearBp) + product.spreadBp;
}

/** What a preview means to the veteran: the first payment, and interest with and without the subsidy. */
export interface PreviewSummary {
  firstPaymentFen: number;
  installmentCount: number;
  interestWithoutSubsidyFen: number;
  interestYouPayFen: number;
  interestSavedFen: number;
  totalYouRepayFen: number;
}

export function previewSummary(preview: SchedulePreview): PreviewSummary {
  const first = preview.installments[0];
  return {
    firstPaymentFen: first ? first.principalFen + first.borrowerInterestFen : 0,
    installmentCount: preview.installments.length,
    interestWithoutSubsidyFen: preview.totals.interestFen,
    interestYouPayFen: preview.totals.borrowerInterestFen,
    interestSavedFen: preview.totals.fundInterestFen,
    totalYouRepayFen: preview.totals.borrowerPaysFen,
  };
}

// ---- the application form ------------------------------------------------------------------------

export interface ApplicationForm {
  amountYuan: string;
  termMonths: number | undefined;
  borrowerKind: BorrowerKind;
  purpose: string;
  businessName: string;
  creditCode: string;
}

/** The problems the portal names before sending (the service says the same as a 400), by field. */
export type ApplicationProblem =
  | { field: 'amountFen'; problem: 'notMoney' | 'belowMin' | 'aboveMax'; limitFen?: number }
  | { field: 'termMonths'; problem: 'required' | 'outOfRange'; min: number; max: number }
  | { field: 'purpose'; problem: 'required' | 'tooLong' }
  | { field: 'business.name'; problem: 'required' }
  | { field: 'business.creditCode'; problem: 'creditCodeShape' };

const CREDIT_CODE_SHAPE = /^[0-9A-Z]{18}$/;
export const PURPOSE_MAX = 1000;

/** The amount and term a product takes for this kind of borrower (used by the preview as well). */
export function amountAndTermProblems(
  product: Pick<Product, 'limits' | 'termMonths'>,
  form: Pick<ApplicationForm, 'amountYuan' | 'termMonths' | 'borrowerKind'>,
): ApplicationProblem[] {
  const problems: ApplicationProblem[] = [];
  const limits = product.limits[form.borrowerKind];
  const amountFen = fenOfYuan(form.amountYuan);
  if (amountFen === undefined || amountFen === 0) problems.push({ field: 'amountFen', problem: 'notMoney' });
  else if (amountFen < limits.minFen)
    problems.push({ field: 'amountFen', problem: 'belowMin', limitFen: limits.minFen });
  else if (amountFen > limits.maxFen)
    problems.push({ field: 'amountFen', problem: 'aboveMax', limitFen: limits.maxFen });
  const { min, max } = product.termMonths;
  if (form.termMonths === undefined) problems.push({ field: 'termMonths', problem: 'required', min, max });
  else if (!Number.isInteger(form.termMonths) || form.termMonths < min || form.termMonths > max)
    problems.push({ field: 'termMonths', problem: 'outOfRange', min, max });
  return problems;
}

export function applicationProblems(
  product: Pick<Product, 'limits' | 'termMonths'>,
  form: ApplicationForm,
): ApplicationProblem[] {
  const problems = amountAndTermProblems(product, form);
  const purpose = form.purpose.trim();
  if (!purpose) problems.push({ field: 'purpose', problem: 'required' });
  else if (purpose.length > PURPOSE_MAX) problems.push({ field: 'purpose', problem: 'tooLong' });
  if (form.borrowerKind === 'small-business' && !form.businessName.trim())
    problems.push({ field: 'business.name', problem: 'required' });
  const creditCode = form.creditCode.trim().toUpperCase();
  if (creditCode && !CREDIT_CODE_SHAPE.test(creditCode))
    problems.push({ field: 'business.creditCode', problem: 'creditCodeShape' });
  return problems;
}

/** The body of `POST /api/loans` from a form without problems. */
export function applyBodyOf(productId: string, form: ApplicationForm): Schemas['loans.ApplyBody'] {
  const businessName = form.businessName.trim();
  const creditCode = form.creditCode.trim().toUpperCase();
  return {
    productId,
    borrowerKind: form.borrowerKind,
    amountFen: fenOfYuan(form.amountYuan) ?? 0,
    termMonths: form.termMonths ?? 0,
    purpose: form.purpose.trim(),
    ...(businessName ? { business: { name: businessName, ...(creditCode ? { creditCode } : {}) } } : {}),
  };
}

// ---- a loan's life -------------------------------------------------------------------------------

const BEFORE_DISBURSEMENT: readonly LoanState[] = [
  'draft',
  'submitted',
  'eligibility-checked',
  'bank-review',
  'approved',
];
const REPAYABLE: readonly LoanState[] = ['disbursed', 'repaying'];
const WITH_SCHEDULE: readonly LoanState[] = ['disbursed', 'repaying', 'closed', 'defaulted'];

export const mayWithdraw = (loan: Pick<Loan, 'state'>) => BEFORE_DISBURSEMENT.includes(loan.state);
export const mayDecide = (loan: Pick<Loan, 'state'>) => loan.state === 'bank-review';
export const mayDisburse = (loan: Pick<Loan, 'state'>) => loan.state === 'approved';
export const mayRecordRepayment = (loan: Pick<Loan, 'state'>) => REPAYABLE.includes(loan.state);
export const hasSchedule = (loan: Pick<Loan, 'state'>) => WITH_SCHEDULE.includes(loan.state);

/** How a state reads at a glance: what needs someone, what went well, what ended. */
export function stateTone(state: LoanState): 'primary' | 'success' | 'warning' | 'danger' | 'info' {
  if (state === 'bank-review' || state === 'approved') return 'warning';
  if (state === 'disbursed' || state === 'repaying' || state === 'closed') return 'success';
  if (state === 'rejected' || state === 'defaulted') return 'danger';
  if (state === 'withdrawn') return 'info';
  return 'primary';
}

/** The bank's decision (or the eligibility check's refusal) and its reason, once there is one. */
export function decisionOf(loan: Pick<Loan, 'history'>): Loan['history'][number] | undefined {
  return [...loan.history].reverse().find((step) => step.to === 'approved' || step.to === 'rejected');
}

/** The schedule as it stands: instalments replaced by a recalculation left out, in due order. */
export function liveInstallments(loan: Pick<Loan, 'installments'>): Installment[] {
  return loan.installments
    .filter((installment) => installment.status !== 'cancelled')
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.sequence - b.sequence);
}

/** What the borrower owes on an instalment in all: principal, their interest, the fund's if forfeited. */
export function borrowerOwesFen(installment: Installment): number {
  return (
    installment.principalFen +
    installment.borrowerInterestFen +
    (installment.forfeited ? installment.fundInterestFen : 0)
  );
}

export interface RepaymentPosition {
  /** The first instalment not paid in full, and what is left of it. */
  next?: { installment: Installment; outstandingFen: number };
  paidFen: number;
  paidCount: number;
  /** The fund's share of the instalments paid in full and not forfeited: interest saved so far. */
  interestSavedSoFarFen: number;
  /** The fund's share over the whole schedule as it stands (what the subsidy will save). */
  interestSavedPlannedFen: number;
}

export function repaymentPosition(
  loan: Pick<Loan, 'installments' | 'prepaidPrincipalFen'>,
): RepaymentPosition {
  const live = liveInstallments(loan);
  const pending = live.find((installment) => installment.status === 'pending');
  const paid = live.filter((installment) => installment.status === 'paid');
  const sum = (items: Installment[], of: (item: Installment) => number) =>
    items.reduce((total, item) => total + of(item), 0);
  return {
    ...(pending
      ? { next: { installment: pending, outstandingFen: borrowerOwesFen(pending) - pending.paidFen } }
      : {}),
    paidFen: sum(live, (item) => item.paidFen) + loan.prepaidPrincipalFen,
    paidCount: paid.length,
    interestSavedSoFarFen: sum(
      paid.filter((item) => !item.forfeited),
      (item) => item.fundInterestFen,
    ),
    interestSavedPlannedFen: sum(
      live.filter((item) => !item.forfeited),
      (item) => item.fundInterestFen,
    ),
  };
}

/** A short reference to a loan for tables and headings (its id's end, as the bank's staff say it). */
export const loanRef = (id: string) => id.slice(-8).toUpperCase();

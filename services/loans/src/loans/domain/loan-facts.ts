import type { Day } from '../../schedules/domain/calendar';
import type { LoanState } from './lifecycle';

/** What the report reads of a disbursed loan. */
export interface DisbursedLoanFacts {
  bankId: string;
  cityId: string;
  state: LoanState;
  amountFen: number;
  disbursedOn: Day;
  /** Its pending instalments' due days. */
  pendingDueOn: Day[];
}

import { Day } from '../../schedules/domain/calendar';
import { LprTenor } from './product';

/** A published Loan Prime Rate (贷款市场报价利率), kept by officers; in force from its day on. */
export interface LprQuote {
  effectiveOn: Day;
  oneYearBp: number;
  fiveYearBp: number;
}

/** The quote in force on a day: the latest one effective on or before it. */
export function lprInForce(quotes: readonly LprQuote[], on: Day): LprQuote | undefined {
  let current: LprQuote | undefined;
  for (const quote of quotes) {
    if (quote.effectiveOn <= on && (!current || quote.effectiveOn > current.effectiveOn)) current = quote;
  }
  return current;
}

export function lprBpFor(quote: LprQuote, tenor: LprTenor): number {
  return tenor === '1y' ? quote.oneYearBp : quote.fiveYearBp;
}

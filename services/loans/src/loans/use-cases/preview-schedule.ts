import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK, shanghaiDay } from '@vetlink/clock';
import { InvalidStateError } from '@vetlink/http';
import { lprBpFor, lprInForce } from '../../products/domain/lpr';
import { ProductsRepository } from '../../products/products.repository';
import { scheduleTotals, ScheduleTotals } from '../../schedules/domain/schedule';
import { Installment } from '../../schedules/domain/subsidy';
import { scheduleFor } from '../domain/disbursement';
import { termsOf } from '../domain/loan-terms';
import { LoanRequest, productFor } from './apply-for-loan';

export interface SchedulePreview {
  productId: string;
  lprBp: number;
  annualRateBp: number;
  startOn: string;
  /** Assumes the product's subsidy conditions hold (they are checked when the application is submitted). */
  subsidised: boolean;
  installments: Installment[];
  totals: ScheduleTotals;
}

/** What a loan would cost if disbursed today at today's LPR: before anything is applied for. */
@Injectable()
export class PreviewSchedule {
  constructor(
    private readonly products: ProductsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: LoanRequest): Promise<SchedulePreview> {
    const product = await productFor(this.products, request);
    const startOn = shanghaiDay(this.clock.now());
    const quote = lprInForce(await this.products.quotesList(), startOn);
    if (!quote)
      throw new InvalidStateError(`no LPR quote is in force on ${startOn}: officers record it first`);
    const lprBp = lprBpFor(quote, product.lprTenor);
    const subsidised = product.subsidy !== undefined;
    const { annualRateBp, installments } = scheduleFor(termsOf(product), request, lprBp, startOn, subsidised);
    return {
      productId: product.id,
      lprBp,
      annualRateBp,
      startOn,
      subsidised,
      installments,
      totals: scheduleTotals(installments),
    };
  }
}

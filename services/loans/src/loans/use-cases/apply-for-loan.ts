import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { InvalidInputError } from '@vetlink/http';
import { BorrowerKind, LoanProduct, requestIssues } from '../../products/domain/product';
import { ProductsRepository } from '../../products/products.repository';
import { KnownVeteransRepository } from '../../veterans/known-veterans.repository';
import { Business, Guarantor, Loan } from '../domain/loan';
import { termsOf } from '../domain/loan-terms';
import { LoansRepository } from '../loans.repository';
import { actorOf } from './loan-access';

export interface LoanRequest {
  productId: string;
  borrowerKind: BorrowerKind;
  amountFen: number;
  termMonths: number;
}

export interface ApplyCommand extends LoanRequest {
  purpose: string;
  business?: Business;
  guarantor?: Guarantor;
}

/** The product, and the amount and term fitting it; a 400 naming the field otherwise. */
export async function productFor(products: ProductsRepository, request: LoanRequest): Promise<LoanProduct> {
  const product = await products.find(request.productId);
  if (!product)
    throw new InvalidInputError([{ field: 'productId', message: `no loan product ${request.productId}` }]);
  const issues = requestIssues(product, request);
  if (issues.length > 0) throw new InvalidInputError(issues);
  return product;
}

/** A veteran drafts an application: validated against the product, nothing sent to the bank yet. */
@Injectable()
export class ApplyForLoan {
  constructor(
    private readonly loans: LoansRepository,
    private readonly products: ProductsRepository,
    private readonly veterans: KnownVeteransRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(veteran: Principal, command: ApplyCommand): Promise<Loan> {
    const product = await productFor(this.products, command);
    const standing = await this.veterans.find(veteran.userId);
    const now = this.clock.now();
    const loan: Loan = {
      id: this.loans.newId(),
      version: 1,
      veteranId: veteran.userId,
      bankId: product.bankId,
      productId: product.id,
      cityId: standing?.cityId ?? product.cityId,
      borrowerKind: command.borrowerKind,
      amountFen: command.amountFen,
      termMonths: command.termMonths,
      purpose: command.purpose,
      ...(command.business ? { business: command.business } : {}),
      ...(command.guarantor ? { guarantor: command.guarantor } : {}),
      terms: termsOf(product),
      state: 'draft',
      subsidised: false,
      installments: [],
      prepaidPrincipalFen: 0,
      repaymentReferences: [],
      history: [],
      createdAt: now,
      updatedAt: now,
    };
    await this.loans.create(loan, {
      action: 'create',
      by: actorOf(veteran),
      at: now,
      reason: 'application drafted',
    });
    return loan;
  }
}

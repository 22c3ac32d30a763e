import { DEMO_LOAN_PRODUCTS, DEMO_LPR_QUOTES, type DemoLoan } from '@vetlink/demo-data';
import { inPool } from './pool';
import { PlatformClient } from './platform-client';
import { Progress } from './progress';
import { DevTokens, Subject } from './tokens';

interface ProductView {
  id: string;
  bankId: string;
  name: string;
}

interface LoanView {
  id: string;
  state: string;
  productId: string;
  installments?: { principalFen: number; borrowerInterestFen: number }[];
}

const OFFICER: Subject = { userId: 'demo-officer-1', role: 'officer', organisationId: 'bureau-jiangsu' };

/**
 * The loans part of the demo, through the loans service's API: the LPR table and the partner banks'
 * products (as an officer), then each demo loan drafted by its veteran and walked by the bank's staff
 * to its fate: in review, approved, rejected, withdrawn, or disbursed with its first instalment paid.
 * A veteran who already has a loan of that product (an earlier run) is left as they are.
 */
export class LoansSeeder {
  private readonly productIds = new Map<string, string>();
  readonly tally = { created: 0, existing: 0 };

  constructor(
    private readonly client: PlatformClient,
    private readonly tokens: DevTokens,
    private readonly loansUrl: string,
    private readonly concurrency: number,
  ) {}

  async run(loans: readonly DemoLoan[]): Promise<void> {
    await this.ratesAndProducts();
    const progress = new Progress('loans', loans.length);
    await inPool(loans, this.concurrency, async (loan) => {
      await this.walk(loan);
      progress.tick();
    });
    progress.finish(`${this.tally.created} applied and walked along, ${this.tally.existing} already there`);
  }

  private async ratesAndProducts(): Promise<void> {
    const officer = this.tokens.bearer(OFFICER);
    for (const quote of DEMO_LPR_QUOTES)
      await this.client.request('POST', this.url('/lpr-quotes'), {
        authorization: officer,
        body: quote,
        accept: [409],
      });
    const existing = (
      await this.client.request<ProductView[]>('GET', this.url('/products'), { authorization: officer })
    ).body;
    for (const product of DEMO_LOAN_PRODUCTS) {
      const found = existing.find(
        (view) => view.bankId === product.body.bankId && view.name === product.body.name,
      );
      const id =
        found?.id ??
        (
          await this.client.request<ProductView>('POST', this.url('/products'), {
            authorization: officer,
            body: product.body,
          })
        ).body.id;
      this.productIds.set(product.key, id);
    }
  }

  private async walk(loan: DemoLoan): Promise<void> {
    const veteran = this.tokens.bearer({ userId: loan.veteranUserId, role: 'veteran' });
    const productId = this.productIds.get(loan.productKey) as string;
    await this.untilKnown(loan.veteranUserId, veteran);
    const mine = await this.client.request<LoanView[]>('GET', this.url('/loans'), { authorization: veteran });
    if (mine.body.some((view) => view.productId === productId)) {
      this.tally.existing++;
      return;
    }
    const drafted = await this.client.request<LoanView>('POST', this.url('/loans'), {
      authorization: veteran,
      body: { ...loan.body, productId },
    });
    this.tally.created++;
    await this.toFate(loan, drafted.body.id, veteran);
  }

  private async toFate(loan: DemoLoan, loanId: string, veteran: string): Promise<void> {
    if (loan.fate === 'draft') return;
    const submitted = await this.post<LoanView>(`/loans/${loanId}/submit`, veteran, {});
    if (submitted.state !== 'bank-review' || loan.fate === 'in-review') return;
    if (loan.fate === 'withdrawn') {
      await this.post(`/loans/${loanId}/withdraw`, veteran, { reason: '已从亲友处筹得资金' });
      return;
    }
    const staff = this.tokens.bearer({
      userId: `teller-${loan.bankId}`,
      role: 'bank-staff',
      organisationId: loan.bankId,
    });
    const approve = loan.fate !== 'rejected';
    await this.post(`/loans/${loanId}/decision`, staff, {
      decision: approve ? 'approved' : 'rejected',
      reason: approve ? '经营计划可行，担保落实' : '经营计划尚不成熟，建议参加创业培训后再申请',
    });
    if (loan.fate !== 'repaying') return;
    const disbursed = await this.post<LoanView>(`/loans/${loanId}/disbursement`, staff, {
      reason: '已放款至经营账户',
    });
    const first = disbursed.installments?.[0];
    if (first)
      await this.post(`/loans/${loanId}/repayments`, staff, {
        amountFen: first.principalFen + first.borrowerInterestFen,
        reference: `demo-${loanId}-1`,
      });
  }

  /** The loans service learns of veterans from skills-profiles' events, a moment after the profile is written. */
  private async untilKnown(veteranId: string, authorization: string): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const exported = await this.client.request<{ sections: Record<string, unknown> }>(
        'GET',
        this.url('/personal-data/me'),
        { authorization },
      );
      if (exported.body.sections['veteran-status']) return;
      if (Date.now() > deadline) throw new Error(`the loans service never learnt of veteran ${veteranId}`);
      await new Promise((done) => setTimeout(done, 500));
    }
  }

  private async post<Body = unknown>(path: string, authorization: string, body: unknown): Promise<Body> {
    return (await this.client.request<Body>('POST', this.url(path), { authorization, body })).body;
  }

  private url(path: string): string {
    return `${this.loansUrl}${path}`;
  }
}

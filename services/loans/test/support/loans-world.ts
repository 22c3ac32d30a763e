import { INCUBATOR_TOPICS, LOAN_TOPICS, TOPICS } from '@vetlink/contracts';
import { uniqueName, waitFor } from '@vetlink/testing';
import { ServiceUnderTest, startServiceForTest } from '@vetlink/testing/service';
import { AppModule } from '../../src/app.module';
import { SERVICE_NAME } from '../../src/service-name';
import { ProfileEvents } from './profile-events';
import { StartupEvents } from './startup-events';

/** Xuzhou's partner bank's startup loan, as an officer would enter it. */
export function productBody(bankId: string) {
  return {
    bankId,
    name: '退役军人创业担保贷款',
    cityId: 'xuzhou',
    limits: {
      individual: { minFen: 1_000_000, maxFen: 30_000_000 },
      'small-business': { minFen: 1_000_000, maxFen: 300_000_000 },
    },
    termMonths: { min: 12, max: 36 },
    lprTenor: '1y',
    spreadBp: 50,
    method: 'equal-installment',
    frequency: 'monthly',
    graceMonths: 0,
    subsidy: {
      shareBp: 5_000,
      capPerLoanFen: 600_000,
      capPerYearFen: 350_000,
      forfeitAfterDaysLate: 30,
      conditions: ['verified-veteran'],
    },
    defaultAfterDaysLate: 90,
  };
}

/** The loans service on the real engines, a bank with a product, and helpers to walk a loan along. */
export class LoansWorld {
  service!: ServiceUnderTest;
  profiles!: ProfileEvents;
  startups!: StartupEvents;
  officer!: string;
  bankId = uniqueName('bank');
  staff!: string;
  productId!: string;

  async start(): Promise<this> {
    this.profiles = await new ProfileEvents().ready();
    this.startups = await new StartupEvents().ready();
    this.service = await startServiceForTest(
      (kit) =>
        AppModule.register(
          { service: { ...kit.service, LOAN_REVIEW_INTERVAL_MS: 3_600_000 }, auth: kit.auth },
          { consumerGroup: kit.consumerGroup },
        ),
      {
        name: SERVICE_NAME,
        consumes: [TOPICS.veteranProfiles, INCUBATOR_TOPICS.startups],
        collects: [LOAN_TOPICS.loans],
      },
    );
    this.officer = this.service.bearer({ userId: uniqueName('officer'), role: 'officer' });
    this.staff = this.bearerOfBank(this.bankId);
    await this.http()
      .post('/lpr-quotes')
      .set('authorization', this.officer)
      .send({ effectiveOn: '2024-01-01', oneYearBp: 300, fiveYearBp: 350 })
      .expect(201);
    const product = await this.http()
      .post('/products')
      .set('authorization', this.officer)
      .send(productBody(this.bankId))
      .expect(201);
    this.productId = product.body.id;
    return this;
  }

  async close(): Promise<void> {
    await this.profiles?.close();
    await this.startups?.close();
    await this.service?.close();
  }

  http() {
    return this.service.http();
  }

  bearerOfBank(bankId: string): string {
    return this.service.bearer({ userId: uniqueName('teller'), role: 'bank-staff', organisationId: bankId });
  }

  /** A veteran whose profile (with a service record) the service has applied. */
  async verifiedVeteran(): Promise<{ id: string; bearer: string }> {
    const id = uniqueName('veteran');
    await this.profiles.created(id, true);
    await waitFor(
      async () =>
        (await this.service.connection.collection('known_veterans').countDocuments({ _id: id as never })) > 0,
      { timeoutMs: 60_000, what: `${id} to be known` },
    );
    return { id, bearer: this.service.bearer({ userId: id, role: 'veteran' }) };
  }

  /** Waits until the service has applied a startup's standing. */
  async startupStands(startupId: string, standing: string): Promise<void> {
    await waitFor(
      async () =>
        (await this.service.connection
          .collection('incubated_startups')
          .countDocuments({ _id: startupId as never, standing })) > 0,
      { timeoutMs: 60_000, what: `${startupId} to be ${standing}` },
    );
  }

  async draft(veteran: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await this.http()
      .post('/loans')
      .set('authorization', veteran)
      .send({
        productId: this.productId,
        amountFen: 30_000_000,
        termMonths: 36,
        purpose: 'a cold-chain van for a fruit delivery business',
        ...overrides,
      })
      .expect(201);
    return response.body.id;
  }

  /** Drafted, submitted (eligible), approved: ready to be paid out. */
  async approvedLoan(veteran: string): Promise<string> {
    const loanId = await this.draft(veteran);
    const submitted = await this.http()
      .post(`/loans/${loanId}/submit`)
      .set('authorization', veteran)
      .expect(200);
    if (submitted.body.state !== 'bank-review')
      throw new Error(`not eligible: ${JSON.stringify(submitted.body.eligibility)}`);
    await this.http()
      .post(`/loans/${loanId}/decision`)
      .set('authorization', this.staff)
      .send({ decision: 'approved', reason: 'the business plan holds up' })
      .expect(200);
    return loanId;
  }

  eventsOf(loanId: string) {
    return (this.service.events?.events ?? []).filter((event) => event.key === loanId);
  }

  async waitForEvents(loanId: string, types: string[]): Promise<void> {
    await waitFor(
      async () => {
        const seen = this.eventsOf(loanId).map((event) => event.envelope.type);
        return types.every((type) => seen.includes(type));
      },
      { timeoutMs: 30_000, what: `${types.join(', ')} of ${loanId}` },
    );
  }
}

/** YYYY-MM-DD of a day `days` before today (UTC+8, as the service counts days). */
export function daysAgo(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10);
}

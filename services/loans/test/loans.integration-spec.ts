import { veteranErased } from '@vetlink/contracts';
import { uniqueName, waitFor } from '@vetlink/testing';
import { ReviewDueInstallments } from '../src/installments/review-installments';
import { AuditTrailDto, LedgerEntriesDto, loanViewSchema, RepaymentOutcomeDto } from '../src/loans/loan.view';
import { addMonths } from '../src/schedules/domain/calendar';
import { daysAgo, LoansWorld, productBody } from './support/loans-world';

interface InstallmentView {
  sequence: number;
  revision: number;
  status: string;
  principalFen: number;
  interestFen: number;
  fundInterestFen: number;
  borrowerInterestFen: number;
  paidFen: number;
  forfeited: boolean;
}

interface LedgerEntryView {
  id: string;
  kind: string;
  sequence: number;
  amountFen: number;
  reason: string;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('loans on the real Kafka and FerretDB', () => {
  const world = new LoansWorld();

  beforeAll(async () => {
    await world.start();
  });

  afterAll(async () => {
    await world.close();
  });

  const ledgerOf = async (loanId: string): Promise<LedgerEntryView[]> =>
    (
      await world
        .http()
        .get(`/loans/${loanId}/subsidy-ledger`)
        .set('authorization', world.officer)
        .expect(200)
    ).body;

  it('takes an application through disbursement and repayments, with the right events and a ledger equal to the schedule', async () => {
    const veteran = await world.verifiedVeteran();
    const loanId = await world.approvedLoan(veteran.bearer);

    const disbursed = await world
      .http()
      .post(`/loans/${loanId}/disbursement`)
      .set('authorization', world.staff)
      .send({ reason: 'paid into the business account' })
      .expect(200);
    expect(disbursed.body).toMatchObject({
      state: 'disbursed',
      lprBp: 300,
      annualRateBp: 350,
      subsidised: true,
    });
    const schedule: InstallmentView[] = disbursed.body.installments;
    expect(schedule).toHaveLength(36);
    expect(sum(schedule.map((i) => i.principalFen))).toBe(30_000_000);
    // 300,000 CNY at 3.50 %: 8,790.62 a month, half the interest paid by the fund up to its caps.
    expect(schedule[0]).toMatchObject({
      principalFen: 791_562,
      interestFen: 87_500,
      fundInterestFen: 43_750,
    });

    // The ledger: one entry per instalment with a fund share, equal to the schedule's.
    const ledger = await ledgerOf(loanId);
    const scheduled = Object.fromEntries(
      schedule.filter((i) => i.fundInterestFen > 0).map((i) => [i.sequence, i.fundInterestFen]),
    );
    expect(Object.fromEntries(ledger.map((entry) => [entry.sequence, entry.amountFen]))).toEqual(scheduled);
    expect(sum(ledger.map((entry) => entry.amountFen))).toBe(600_000);

    // The first instalment in two parts (the first recorded twice by a retrying bank: applied once)...
    const repay = (amountFen: number, reference: string) =>
      world
        .http()
        .post(`/loans/${loanId}/repayments`)
        .set('authorization', world.staff)
        .send({ amountFen, reference })
        .expect(200);
    const firstOwed = schedule[0].principalFen + schedule[0].borrowerInterestFen;
    await repay(300_000, `${loanId}-a`);
    const retried = await repay(300_000, `${loanId}-a`);
    expect(retried.body).toMatchObject({ alreadyRecorded: true, settled: [] });
    expect(retried.body.loan.installments[0].paidFen).toBe(300_000);
    const first = await repay(firstOwed - 300_000, `${loanId}-b`);
    expect(first.body).toMatchObject({ settled: [1], closed: false, loan: { state: 'repaying' } });

    // ...then the second early with 100,000 CNY more: the rest is recalculated over the same 34 months...
    const secondOwed = schedule[1].principalFen + schedule[1].borrowerInterestFen;
    const early = await repay(secondOwed + 10_000_000, `${loanId}-c`);
    expect(early.body).toMatchObject({ settled: [2], prepaidFen: 10_000_000 });
    const afterEarly: InstallmentView[] = early.body.loan.installments.filter(
      (i: InstallmentView) => i.status !== 'cancelled',
    );
    expect(afterEarly).toHaveLength(36);
    expect(afterEarly.filter((i) => i.revision === 2).map((i) => i.sequence)[0]).toBe(3);
    expect(sum(afterEarly.map((i) => i.principalFen)) + early.body.loan.prepaidPrincipalFen).toBe(30_000_000);
    expect(sum((await ledgerOf(loanId)).map((entry) => entry.amountFen))).toBe(
      sum(afterEarly.map((i) => i.fundInterestFen)),
    );

    // ...and everything else at once: the next instalment and the principal after it.
    const pending = afterEarly.filter((i) => i.status === 'pending');
    const rest =
      pending[0].principalFen +
      pending[0].borrowerInterestFen +
      sum(pending.slice(1).map((i) => i.principalFen));
    const closed = await repay(rest, `${loanId}-d`);
    expect(closed.body).toMatchObject({ closed: true, loan: { state: 'closed' } });

    await world.waitForEvents(loanId, [
      'loans.application-submitted',
      'loans.application-decided',
      'loans.loan-disbursed',
      'loans.loan-closed',
    ]);
    const events = world.eventsOf(loanId);
    expect(events.map((event) => event.envelope.type)).toEqual([
      'loans.application-submitted',
      'loans.application-decided',
      'loans.loan-disbursed',
      'loans.loan-closed',
    ]);
    expect(events[1].envelope.payload).toMatchObject({ decision: 'approved' });
    expect(events[2].envelope.payload).toMatchObject({
      principalFen: 30_000_000,
      totalFundInterestFen: 600_000,
    });

    // After the early payoff, the ledger still equals the schedule as it stands: the instalments the payoff
    // cancelled had their shares reversed.
    const final = await world.http().get(`/loans/${loanId}`).set('authorization', veteran.bearer).expect(200);
    const live: InstallmentView[] = final.body.installments.filter(
      (i: InstallmentView) => i.status !== 'cancelled',
    );
    const finalLedger = await ledgerOf(loanId);
    expect(sum(finalLedger.map((entry) => entry.amountFen))).toBe(sum(live.map((i) => i.fundInterestFen)));
    expect(events[3].envelope.payload).toMatchObject({
      reason: 'repaid-early',
      subsidyFen: sum(live.map((i) => i.fundInterestFen)),
    });

    // A ledger entry lost to a crash after the last change is written again by the periodic review.
    const ledgerCollection = world.service.connection.collection('subsidy_ledger');
    const [lost] = finalLedger.filter((entry) => entry.kind === 'reversal');
    await ledgerCollection.deleteOne({ _id: lost.id as never });
    await world.service.app.get(ReviewDueInstallments).execute();
    expect(await ledgerCollection.countDocuments({ _id: lost.id as never })).toBe(1);

    // What the API answered matches what its OpenAPI document promises.
    expect(() => loanViewSchema.parse(final.body)).not.toThrow();
    expect(() => RepaymentOutcomeDto.schema.parse(closed.body)).not.toThrow();
    expect(() => LedgerEntriesDto.schema.parse(finalLedger)).not.toThrow();

    // Every transition is audited: who, when, why.
    const audit = await world
      .http()
      .get(`/loans/${loanId}/audit`)
      .set('authorization', world.officer)
      .expect(200);
    expect(audit.body.map((change: { action: string }) => change.action)).toEqual([
      'create',
      'submit',
      'approve',
      'disburse',
      'repay',
      'repay',
      'repay',
      'repay',
    ]);
    expect(() => AuditTrailDto.schema.parse(audit.body)).not.toThrow();
    expect(audit.body[2]).toMatchObject({ by: { role: 'bank-staff' }, reason: 'the business plan holds up' });
    expect(final.body.history.map((step: { to: string }) => step.to)).toEqual([
      'submitted',
      'eligibility-checked',
      'bank-review',
      'approved',
      'disbursed',
      'repaying',
      'closed',
    ]);
  });

  it('forfeits the subsidy of an instalment repaid more than 30 days late, and announces what is overdue', async () => {
    const veteran = await world.verifiedVeteran();
    const loanId = await world.approvedLoan(veteran.bearer);
    const disbursed = await world
      .http()
      .post(`/loans/${loanId}/disbursement`)
      .set('authorization', world.staff)
      .send({ disbursedOn: daysAgo(80), reason: 'recorded late by the branch' })
      .expect(200);
    const [first]: InstallmentView[] = disbursed.body.installments;

    // About 50 days after its due date: the veteran owes the fund's share too.
    const owed = first.principalFen + first.borrowerInterestFen + first.fundInterestFen;
    const repaid = await world
      .http()
      .post(`/loans/${loanId}/repayments`)
      .set('authorization', world.staff)
      .send({ amountFen: owed, reference: `${loanId}-late` })
      .expect(200);
    expect(repaid.body.settled).toEqual([1]);
    expect(repaid.body.loan.installments[0]).toMatchObject({ forfeited: true, status: 'paid' });
    const ledger = await ledgerOf(loanId);
    expect(ledger.filter((entry) => entry.kind === 'reversal')).toEqual([
      expect.objectContaining({ sequence: 1, amountFen: -first.fundInterestFen, reason: 'forfeited' }),
    ]);

    // The periodic review announces the second instalment (due about 20 days ago) overdue, once.
    const review = world.service.app.get(ReviewDueInstallments);
    await review.execute();
    await review.execute();
    await world.waitForEvents(loanId, ['loans.installment-overdue']);
    const overdue = world
      .eventsOf(loanId)
      .filter((event) => event.envelope.type === 'loans.installment-overdue');
    expect(overdue.map((event) => event.envelope.payload)).toEqual([
      expect.objectContaining({ sequence: 2, subsidyForfeited: false }),
    ]);
  });

  it('announces an instalment falling due within three days, once', async () => {
    const veteran = await world.verifiedVeteran();
    const loanId = await world.approvedLoan(veteran.bearer);
    // A disbursement day one month before a day two or three days ahead (one month back and forth may clamp).
    const dueOn = [2, 3, 1]
      .map((days) => daysAgo(-days))
      .find((day) => addMonths(addMonths(day, -1), 1) === day);
    await world
      .http()
      .post(`/loans/${loanId}/disbursement`)
      .set('authorization', world.staff)
      .send({ disbursedOn: addMonths(dueOn as string, -1) })
      .expect(200);
    const review = world.service.app.get(ReviewDueInstallments);
    await review.execute();
    await review.execute();
    await world.waitForEvents(loanId, ['loans.installment-due']);
    await new Promise((settle) => setTimeout(settle, 500));
    const due = world.eventsOf(loanId).filter((event) => event.envelope.type === 'loans.installment-due');
    expect(due.map((event) => event.envelope.payload)).toEqual([
      expect.objectContaining({ sequence: 1, dueOn, borrowerDueFen: 791_562 + 43_750 }),
    ]);
  });

  it('rolls forward a change whose loan write was cut short (claimed in the audit trail, loan not yet written)', async () => {
    const veteran = await world.verifiedVeteran();
    const loanId = await world.draft(veteran.bearer);
    await world.http().post(`/loans/${loanId}/submit`).set('authorization', veteran.bearer).expect(200);
    const changes = world.service.connection.collection<{
      _id: string;
      version: number;
      after: Record<string, unknown>;
    }>('loan_changes');
    const last = (await changes.find({ loanId }).sort({ version: -1 }).limit(1).toArray())[0];
    const version = last.version + 1;
    // What a crash right after the claim leaves: the change record, and the loan still at the old version.
    await changes.insertOne({
      _id: `${loanId}:${version}`,
      loanId,
      version,
      action: 'approve',
      from: 'bank-review',
      to: 'approved',
      by: { userId: 'teller-x', role: 'bank-staff' },
      at: new Date(),
      reason: 'approved just before the crash',
      after: { ...last.after, version, state: 'approved' },
      events: [],
    } as never);
    const read = await world.http().get(`/loans/${loanId}`).set('authorization', veteran.bearer).expect(200);
    expect(read.body.state).toBe('approved');
    const stored = await world.service.connection.collection('loans').findOne({ _id: loanId as never });
    expect(stored).toMatchObject({ version, state: 'approved' });
    const again = await world
      .http()
      .post(`/loans/${loanId}/decision`)
      .set('authorization', world.staff)
      .send({ decision: 'approved', reason: 'twice' })
      .expect(409);
    expect(again.body.message).toContain('the loan is approved');
  });

  it('learns veteran status from profile events, a late older revision changing nothing', async () => {
    const veteranId = uniqueName('veteran');
    const created = await world.profiles.created(veteranId, false);
    const known = () =>
      world.service.connection.collection('known_veterans').findOne({ _id: veteranId as never });
    await waitFor(async () => (await known()) !== null, { timeoutMs: 60_000, what: `${veteranId} known` });
    expect(await known()).toMatchObject({ revision: 1, hasServiceRecord: false });
    await world.profiles.addedServiceRecord(veteranId);
    await waitFor(async () => (await known())?.revision === 2, { timeoutMs: 30_000, what: 'revision 2' });
    await world.profiles.deliver(created);
    await new Promise((settle) => setTimeout(settle, 1000)); // room for the redelivery to arrive
    expect(await known()).toMatchObject({ revision: 2, hasServiceRecord: true, cityId: 'nanjing' });
  });

  it("exports a veteran's loans, and on erasure keeps the loan, its trail and ledger without naming them", async () => {
    const veteran = await world.verifiedVeteran();
    const loanId = await world.approvedLoan(veteran.bearer);
    await world
      .http()
      .post(`/loans/${loanId}/disbursement`)
      .set('authorization', world.staff)
      .send({})
      .expect(200);
    await world
      .http()
      .post(`/loans/${loanId}/repayments`)
      .set('authorization', world.staff)
      .send({ amountFen: 100_000, reference: `${loanId}-1` })
      .expect(200);
    const exported = await world
      .http()
      .get('/personal-data/me')
      .set('authorization', veteran.bearer)
      .expect(200);
    expect(exported.body.sections.loans).toEqual([
      expect.objectContaining({ loan: expect.objectContaining({ id: loanId, veteranId: veteran.id }) }),
    ]);
    expect(exported.body.sections['veteran-status']).toMatchObject({
      _id: veteran.id,
      hasServiceRecord: true,
    });

    const erasure = await world.service.publish(veteranErased, {
      veteranId: veteran.id,
      revision: 2,
      erasedAt: new Date().toISOString(),
    });
    await world.service.handled(erasure);

    const after = await world
      .http()
      .get('/personal-data/me')
      .set('authorization', veteran.bearer)
      .expect(200);
    expect(after.body.sections).toMatchObject({ loans: [], 'veteran-status': null });
    const connection = world.service.connection;
    const stored = await connection.collection('loans').findOne({ _id: loanId as never });
    expect(stored).toMatchObject({ veteranId: `erased-veteran-${loanId}`, state: 'repaying' });
    expect(stored).not.toHaveProperty('guarantor');
    const trail = await connection.collection('loan_changes').find({ loanId }).toArray();
    const ledger = await connection.collection('subsidy_ledger').find({ loanId }).toArray();
    expect(JSON.stringify([stored, trail, ledger])).not.toContain(veteran.id);
    expect(ledger.length).toBeGreaterThan(0);
    // The bank still collects the loan.
    await world
      .http()
      .post(`/loans/${loanId}/repayments`)
      .set('authorization', world.staff)
      .send({ amountFen: 100_000, reference: `${loanId}-2` })
      .expect(200);
  });

  it("gives a startup in residence at an incubation base the product's better terms, and one that left early the standard ones", async () => {
    // A bank of its own, so that the reports' figures of the other tests stay theirs.
    const bankId = uniqueName('bank');
    const staff = world.bearerOfBank(bankId);
    const product = await world
      .http()
      .post('/products')
      .set('authorization', world.officer)
      .send({ ...productBody(bankId), incubatedStartupTerms: { spreadBp: 0, graceMonths: 6 } })
      .expect(201);
    const veteran = await world.verifiedVeteran();
    const inResidence = await world.startups.admitted(veteran.id);
    await world.startupStands(inResidence, 'in-residence');

    const loanId = await world.draft(veteran.bearer, {
      productId: product.body.id,
      business: { name: '老兵冷链配送', incubatedStartupId: inResidence },
    });
    const submitted = await world
      .http()
      .post(`/loans/${loanId}/submit`)
      .set('authorization', veteran.bearer)
      .expect(200);
    expect(submitted.body).toMatchObject({
      state: 'bank-review',
      terms: { spreadBp: 0, graceMonths: 6, incubatedStartupTerms: { spreadBp: 0, graceMonths: 6 } },
      eligibility: { incubatedStartup: { applies: true, condition: { rule: 'incubated-startup-terms' } } },
    });
    await world
      .http()
      .post(`/loans/${loanId}/decision`)
      .set('authorization', staff)
      .send({ decision: 'approved', reason: 'a startup the base vouches for' })
      .expect(200);
    const disbursed = await world
      .http()
      .post(`/loans/${loanId}/disbursement`)
      .set('authorization', staff)
      .send({})
      .expect(200);
    // The LPR alone (3.00 %), and six months of interest only before the principal falls due.
    expect(disbursed.body).toMatchObject({ annualRateBp: 300 });
    const schedule: InstallmentView[] = disbursed.body.installments;
    expect(schedule.slice(0, 6).map((i) => i.principalFen)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(schedule[6].principalFen).toBeGreaterThan(0);
    expect(sum(schedule.map((i) => i.principalFen))).toBe(30_000_000);

    // The same veteran's startup that left its base early gets the standard terms, and says why.
    await world.startups.left(inResidence, veteran.id, 'exited');
    await world.startupStands(inResidence, 'exited');
    const other = await world.verifiedVeteran();
    const exited = await world.startups.admitted(other.id);
    await world.startups.left(exited, other.id, 'exited');
    await world.startupStands(exited, 'exited');
    const plainId = await world.draft(other.bearer, {
      productId: product.body.id,
      business: { name: '老兵果蔬', incubatedStartupId: exited },
    });
    const plain = await world
      .http()
      .post(`/loans/${plainId}/submit`)
      .set('authorization', other.bearer)
      .expect(200);
    expect(plain.body).toMatchObject({
      state: 'bank-review',
      terms: { spreadBp: 50, graceMonths: 0 },
      eligibility: { incubatedStartup: { applies: false } },
    });
    expect(plain.body.eligibility.incubatedStartup.condition.reason).toContain(
      'left its incubation base early',
    );
  });

  it('rejects an ineligible application, listing every failing rule with its reason', async () => {
    const stranger = uniqueName('veteran'); // no profile was ever published
    const bearer = world.service.bearer({ userId: stranger, role: 'veteran' });
    const loanId = await world.draft(bearer, {
      borrowerKind: 'small-business',
      business: { name: '老兵果蔬店' },
    });
    const submitted = await world
      .http()
      .post(`/loans/${loanId}/submit`)
      .set('authorization', bearer)
      .expect(200);
    expect(submitted.body.state).toBe('rejected');
    const failing = submitted.body.eligibility.rules.filter((rule: { passed: boolean }) => !rule.passed);
    expect(failing).toEqual([
      { rule: 'veteran-profile', passed: false, reason: expect.stringContaining('no veteran profile') },
      { rule: 'veteran-service-record', passed: false, reason: expect.stringContaining('no service record') },
      { rule: 'business-registered', passed: false, reason: expect.stringContaining('credit code') },
    ]);
    await world.waitForEvents(loanId, ['loans.application-decided']);
    const decided = world
      .eventsOf(loanId)
      .find((event) => event.envelope.type === 'loans.application-decided');
    expect(decided?.envelope.payload).toMatchObject({
      decision: 'rejected',
      reason: expect.stringContaining('veteran-profile'),
    });
  });

  it('answers 4xx naming the field for bad input, and writes nothing', async () => {
    const veteranId = uniqueName('veteran');
    const bearer = world.service.bearer({ userId: veteranId, role: 'veteran' });
    const cases: [Record<string, unknown>, string][] = [
      [{ amountFen: 30_000_001 }, 'amountFen'],
      [{ termMonths: 0 }, 'termMonths'],
      [{ amountFen: -100 }, 'amountFen'],
      [{ amountFen: 100_000.5 }, 'amountFen'],
      [{ productId: 'no-such-product' }, 'productId'],
      [{ termMonths: 48 }, 'termMonths'],
    ];
    for (const [overrides, field] of cases) {
      const response = await world
        .http()
        .post('/loans')
        .set('authorization', bearer)
        .send({
          productId: world.productId,
          amountFen: 10_000_000,
          termMonths: 24,
          purpose: 'a shop',
          ...overrides,
        })
        .expect(400);
      expect(response.body.issues).toEqual([expect.objectContaining({ field })]);
    }
    const preview = await world
      .http()
      .post('/schedule-previews')
      .set('authorization', bearer)
      .send({ productId: world.productId, amountFen: 0, termMonths: 24 })
      .expect(400);
    expect(preview.body.issues).toEqual([expect.objectContaining({ field: 'amountFen' })]);
    expect(await world.service.connection.collection('loans').countDocuments({ veteranId })).toBe(0);
    expect(
      await world.service.connection.collection('loan_changes').countDocuments({ 'by.userId': veteranId }),
    ).toBe(0);
  });

  it('disburses a loan once when two disbursements race, and answers 409 naming the state to the other', async () => {
    const veteran = await world.verifiedVeteran();
    const loanId = await world.approvedLoan(veteran.bearer);
    const otherTeller = world.bearerOfBank(world.bankId);
    const answers = await Promise.all(
      [world.staff, otherTeller].map((bearer) =>
        world
          .http()
          .post(`/loans/${loanId}/disbursement`)
          .set('authorization', bearer)
          .send({ reason: 'paid out' }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const refused = answers.find((answer) => answer.status === 409);
    expect(refused?.body.message).toMatch(/disbursed/);
    const audit = await world
      .http()
      .get(`/loans/${loanId}/audit`)
      .set('authorization', world.officer)
      .expect(200);
    expect(audit.body.filter((change: { action: string }) => change.action === 'disburse')).toHaveLength(1);
    const ledger = await ledgerOf(loanId);
    expect(new Set(ledger.map((entry) => entry.id)).size).toBe(ledger.length);
    await world.waitForEvents(loanId, ['loans.loan-disbursed']);
    await new Promise((settle) => setTimeout(settle, 500));
    expect(
      world.eventsOf(loanId).filter((event) => event.envelope.type === 'loans.loan-disbursed'),
    ).toHaveLength(1);
  });

  it('applies two repayments recorded at the same moment both, one after the other', async () => {
    const veteran = await world.verifiedVeteran();
    const loanId = await world.approvedLoan(veteran.bearer);
    const disbursed = await world
      .http()
      .post(`/loans/${loanId}/disbursement`)
      .set('authorization', world.staff)
      .send({})
      .expect(200);
    const [first]: InstallmentView[] = disbursed.body.installments;
    const owed = first.principalFen + first.borrowerInterestFen;
    const answers = await Promise.all(
      ['x', 'y'].map((suffix) =>
        world
          .http()
          .post(`/loans/${loanId}/repayments`)
          .set('authorization', world.staff)
          .send({ amountFen: owed, reference: `${loanId}-${suffix}` }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    // One settled the first instalment, the other (applied after it) paid most of the second early.
    expect(answers.flatMap((answer) => answer.body.settled)).toEqual([1]);
    const loan = await world.http().get(`/loans/${loanId}`).set('authorization', world.officer).expect(200);
    expect(loan.body.installments.slice(0, 2).map((i: InstallmentView) => i.paidFen)).toEqual([owed, owed]);
  });

  it('refuses an illegal step with 409 naming the current state, and keeps banks to their own loans', async () => {
    const veteran = await world.verifiedVeteran();
    const loanId = await world.approvedLoan(veteran.bearer);
    const again = await world
      .http()
      .post(`/loans/${loanId}/decision`)
      .set('authorization', world.staff)
      .send({ decision: 'rejected', reason: 'changed our mind' })
      .expect(409);
    expect(again.body.message).toContain('the loan is approved');
    await world
      .http()
      .post(`/loans/${loanId}/disbursement`)
      .set('authorization', world.bearerOfBank(uniqueName('other-bank')))
      .send({})
      .expect(404);
    const withdrawn = await world
      .http()
      .post(`/loans/${loanId}/withdraw`)
      .set('authorization', veteran.bearer)
      .send({ reason: 'found the money elsewhere' })
      .expect(200);
    expect(withdrawn.body.state).toBe('withdrawn');
    const employer = world.service.bearer({ userId: uniqueName('employer'), role: 'employer' });
    await world.http().get('/loans').set('authorization', employer).expect(403);
    await world.http().get(`/loans/${loanId}`).set('authorization', employer).expect(403);
    const otherBank = await world
      .http()
      .get('/loans')
      .set('authorization', world.bearerOfBank(uniqueName('other-bank')))
      .expect(200);
    expect(otherBank.body).toEqual([]);
    const late = await world
      .http()
      .post(`/loans/${loanId}/disbursement`)
      .set('authorization', world.staff)
      .send({})
      .expect(409);
    expect(late.body.message).toContain('the loan is withdrawn');
  });

  it('reports disbursed, active and overdue loans and interest saved by bank, city and month, reconciling with the ledger', async () => {
    const all = await world.service.connection
      .collection<{ amountFen: number }>('subsidy_ledger')
      .find({})
      .toArray();
    const ledgerTotal = sum(all.map((entry) => entry.amountFen));
    for (const by of ['bank', 'city', 'month']) {
      const report = await world
        .http()
        .get(`/reports/loans?by=${by}`)
        .set('authorization', world.officer)
        .expect(200);
      expect(report.body.totals.interestSavedFen).toBe(ledgerTotal);
      expect(sum(report.body.rows.map((row: { interestSavedFen: number }) => row.interestSavedFen))).toBe(
        ledgerTotal,
      );
      expect(report.body.totals.disbursedCount).toBeGreaterThanOrEqual(3);
    }
    const byBank = await world
      .http()
      .get('/reports/loans?by=bank')
      .set('authorization', world.officer)
      .expect(200);
    expect(byBank.body.rows.find((row: { key: string }) => row.key === world.bankId)).toMatchObject({
      activeCount: 5,
      overdueCount: 1,
    });
    await world.http().get('/reports/loans?by=bank').set('authorization', world.staff).expect(403);
  });
});

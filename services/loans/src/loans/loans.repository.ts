import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { AggregateWriter, OutboxRelayHost, PendingEvent } from '@vetlink/messaging';
import { isDuplicateKeyError, createIndexesAtStartup } from '@vetlink/persistence';
import { FilterQuery, Model, Types } from 'mongoose';
import type { DisbursedLoanFacts } from './domain/loan-facts';
import { anonymised } from './domain/erasure';
import { LoanState } from './domain/lifecycle';
import { Actor, Loan } from './domain/loan';
import { LOAN_CHANGE_MODEL, LOAN_MODEL, LoanChangeRecord, LoanRecord } from './loan.schema';

export interface LoanChange {
  action: LoanChangeRecord['action'];
  by: Actor;
  at: Date;
  reason: string;
  details?: Record<string, unknown>;
}

export interface LoanListFilter {
  veteranId?: string;
  bankId?: string;
  state?: LoanState;
}

/** Bounds a roll-forward loop (a loan never has that many interrupted changes in a row). */
const MAX_ROLL_FORWARD = 20;

/**
 * Loans and their audit trail. Every change after creation claims the loan's next version by inserting
 * its change record (`loan_changes`, `_id` `${loanId}:${version}`): the one race-proof primitive on
 * FerretDB, so two concurrent disbursements, or a repayment and the periodic review, never both apply.
 * The loan document (with its outbox events) is then written; a reader that finds a claimed change not
 * yet applied applies it (roll forward), so a crash between the two writes loses nothing.
 */
@Injectable()
export class LoansRepository implements OnModuleInit {
  private readonly writer: AggregateWriter<LoanRecord>;

  constructor(
    @InjectModel(LOAN_MODEL) private readonly loans: Model<LoanRecord>,
    @InjectModel(LOAN_CHANGE_MODEL) private readonly changes: Model<LoanChangeRecord>,
    outbox: OutboxRelayHost,
  ) {
    this.writer = outbox.writerFor(loans);
  }

  async onModuleInit() {
    await createIndexesAtStartup([() => this.loans.createIndexes(), () => this.changes.createIndexes()]);
  }

  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  async create(loan: Loan, change: LoanChange): Promise<void> {
    await this.writer.insert(toRecord(loan), []);
    await this.changes.create(changeRecord(loan, loan, change, []));
  }

  /** The loan as of its latest claimed change. */
  async find(id: string): Promise<Loan | undefined> {
    let record = await this.loans.findById(id).lean<LoanRecord>();
    for (let step = 0; record && step < MAX_ROLL_FORWARD; step += 1) {
      const pending = await this.changes.findById(`${id}:${record.version + 1}`).lean<LoanChangeRecord>();
      if (!pending) break;
      await this.writer.update(
        { _id: id, version: record.version },
        { $set: withoutId(pending.after) },
        pending.events,
      );
      record = pending.after;
    }
    return record ? toLoan(record) : undefined;
  }

  /**
   * Writes `next` as the loan's next version with its events, provided no one else claimed that version
   * first; false when someone did (the caller reads the loan again and decides anew).
   */
  async commit(
    previous: Loan,
    next: Loan,
    change: LoanChange,
    events: readonly PendingEvent[],
  ): Promise<boolean> {
    const versioned: Loan = { ...next, version: previous.version + 1 };
    try {
      await this.changes.create(changeRecord(previous, versioned, change, events));
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
    await this.writer.update(
      { _id: previous.id, version: previous.version },
      { $set: withoutId(toRecord(versioned)) },
      events,
    );
    return true;
  }

  /**
   * An erased veteran's id, purpose, business and guarantor out of a loan's audit trail (the snapshots
   * and the events each change carried), one change record at a time by `_id`.
   */
  async anonymiseTrail(loanId: string, veteranId: string, placeholder: string): Promise<void> {
    const records = await this.changes.find({ loanId }).lean<LoanChangeRecord[]>();
    for (const record of records) {
      const after = toLoan(record.after);
      const anonymisedAfter = toRecord(anonymised({ ...after, veteranId }, veteranId));
      await this.changes.updateOne(
        { _id: record._id },
        {
          $set: {
            after: { ...anonymisedAfter, veteranId: placeholder },
            events: [],
            by: record.by.userId === veteranId ? { ...record.by, userId: placeholder } : record.by,
          },
        },
      );
    }
  }

  /** The audit trail of a loan, oldest first. */
  async changesOf(loanId: string): Promise<LoanChangeRecord[]> {
    return this.changes
      .find({ loanId })
      .select({ after: 0, events: 0 })
      .sort({ version: 1 })
      .limit(10_000)
      .lean<LoanChangeRecord[]>();
  }

  async list(filter: LoanListFilter, limit: number, skip = 0): Promise<Loan[]> {
    const query: FilterQuery<LoanRecord> = {};
    if (filter.veteranId) query.veteranId = filter.veteranId;
    if (filter.bankId) query.bankId = filter.bankId;
    if (filter.state) query.state = filter.state;
    const records = await this.loans
      .find(query)
      .sort({ createdAt: -1, _id: -1 })
      .skip(skip)
      .limit(limit)
      .lean<LoanRecord[]>();
    return records.map(toLoan);
  }

  /** A veteran's loans, by state only (eligibility reads them). */
  async statesOfVeteran(veteranId: string): Promise<{ id: string; state: LoanState; productId: string }[]> {
    const records = await this.loans
      .find({ veteranId })
      .select({ state: 1, productId: 1 })
      .limit(1000)
      .lean<Pick<LoanRecord, '_id' | 'state' | 'productId'>[]>();
    return records.map((record) => ({ id: record._id, state: record.state, productId: record.productId }));
  }

  /** What the reports read of every loan paid out (a scan, bounded: the bureau's loans number thousands). */
  async disbursedFacts(): Promise<DisbursedLoanFacts[]> {
    const records = await this.loans
      .find({ state: { $in: ['disbursed', 'repaying', 'closed', 'defaulted'] } })
      .select({ bankId: 1, cityId: 1, state: 1, amountFen: 1, disbursedOn: 1, installments: 1 })
      .limit(200_000)
      .lean<LoanRecord[]>();
    return records.map((record) => ({
      bankId: record.bankId,
      cityId: record.cityId,
      state: record.state,
      amountFen: record.amountFen,
      disbursedOn: record.disbursedOn ?? '',
      pendingDueOn: record.installments
        .filter((installment) => installment.status === 'pending')
        .map((installment) => installment.dueOn),
    }));
  }

  /** Ids of loans that stopped owing (closed, defaulted) since a moment, a batch at a time in id order. */
  async idsSettledSince(since: Date, afterId: string | undefined, limit: number): Promise<string[]> {
    const records = await this.loans
      .find({
        state: { $in: ['closed', 'defaulted'] },
        updatedAt: { $gte: since },
        ...(afterId ? { _id: { $gt: afterId } } : {}),
      })
      .select({ _id: 1 })
      .sort({ _id: 1 })
      .limit(limit)
      .lean<{ _id: string }[]>();
    return records.map((record) => record._id);
  }

  /** Ids of loans in these states, a batch at a time in id order (the periodic review walks them). */
  async idsInStates(
    states: readonly LoanState[],
    afterId: string | undefined,
    limit: number,
  ): Promise<string[]> {
    const records = await this.loans
      .find({ state: { $in: [...states] }, ...(afterId ? { _id: { $gt: afterId } } : {}) })
      .select({ _id: 1 })
      .sort({ _id: 1 })
      .limit(limit)
      .lean<{ _id: string }[]>();
    return records.map((record) => record._id);
  }
}

function withoutId(record: LoanRecord): Omit<LoanRecord, '_id'> {
  const { _id: _ignored, ...fields } = record;
  return fields;
}

function toRecord(loan: Loan): LoanRecord {
  const { id, ...fields } = loan;
  return { _id: id, ...fields };
}

function toLoan(record: LoanRecord): Loan {
  const { _id, ...fields } = record;
  return { id: _id, ...fields, repaymentReferences: record.repaymentReferences ?? [] } as Loan;
}

function changeRecord(
  previous: Loan,
  next: Loan,
  change: LoanChange,
  events: readonly PendingEvent[],
): LoanChangeRecord {
  return {
    _id: `${next.id}:${next.version}`,
    loanId: next.id,
    version: next.version,
    action: change.action,
    from: previous.state,
    to: next.state,
    by: change.by,
    at: change.at,
    reason: change.reason,
    ...(change.details ? { details: change.details } : {}),
    after: toRecord(next),
    events: [...events],
  };
}

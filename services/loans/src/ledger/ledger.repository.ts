import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError, createIndexesAtStartup } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { LedgerEntry, ledgerEntriesOf } from './domain/subsidy-ledger';
import { LEDGER_ENTRY_MODEL, LedgerEntryRecord } from './ledger-entry.schema';
import type { Loan } from '../loans/domain/loan';

export type LedgerGrouping = 'bankId' | 'cityId' | 'month';

export interface LedgerTotal {
  key: string;
  subsidyFen: number;
  reversedFen: number;
  netFen: number;
}

/** The interest-subsidy ledger: insert-only, each entry's id naming its instalment (a rewrite changes nothing). */
@Injectable()
export class LedgerRepository implements OnModuleInit {
  constructor(@InjectModel(LEDGER_ENTRY_MODEL) private readonly entries: Model<LedgerEntryRecord>) {}

  async onModuleInit() {
    await createIndexesAtStartup([() => this.entries.createIndexes()]);
  }

  /**
   * Writes the entries the loan's schedule implies that are not in `already` (the previous version's):
   * after every change, and in full (`already` empty) by the periodic review, which makes good a write
   * lost to a crash.
   */
  async recordFor(loan: Loan, already: Loan | undefined, recordedAt: Date): Promise<number> {
    const known = new Set(already ? ledgerEntriesOf(already).map((entry) => entry.id) : []);
    let written = 0;
    for (const entry of ledgerEntriesOf(loan)) {
      if (known.has(entry.id)) continue;
      if (await this.insert(entry, recordedAt)) written += 1;
    }
    return written;
  }

  /** Everything the loan's schedule implies that is missing from the ledger. */
  async repair(loan: Loan, recordedAt: Date): Promise<number> {
    const present = await this.entries.find({ loanId: loan.id }).select({ _id: 1 }).lean<{ _id: string }[]>();
    const known = new Set(present.map((record) => record._id));
    let written = 0;
    for (const entry of ledgerEntriesOf(loan)) {
      if (!known.has(entry.id) && (await this.insert(entry, recordedAt))) written += 1;
    }
    return written;
  }

  /** An erased veteran's id out of a loan's entries (the one change a ledger entry ever takes). */
  async anonymise(loanId: string, placeholder: string): Promise<void> {
    const entries = await this.entries.find({ loanId }).select({ _id: 1 }).lean<{ _id: string }[]>();
    for (const { _id } of entries)
      await this.entries.updateOne({ _id }, { $set: { veteranId: placeholder } });
  }

  async ofLoan(loanId: string): Promise<LedgerEntry[]> {
    const records = await this.entries.find({ loanId }).sort({ _id: 1 }).lean<LedgerEntryRecord[]>();
    return records.map(({ _id, recordedAt: _recordedAt, ...fields }) => ({ id: _id, ...fields }));
  }

  /** Subsidy, reversals and the net, grouped by bank, city or due month, optionally within months. */
  async totals(
    grouping: LedgerGrouping,
    filter: { bankId?: string; from?: string; to?: string },
  ): Promise<LedgerTotal[]> {
    const match: Record<string, unknown> = {};
    if (filter.bankId) match.bankId = filter.bankId;
    if (filter.from || filter.to)
      match.month = {
        ...(filter.from ? { $gte: filter.from } : {}),
        ...(filter.to ? { $lte: filter.to } : {}),
      };
    // FerretDB 1.x groups by a field path with $sum of a field; no $cond: one pass per kind.
    const sumBy = async (kind: LedgerEntry['kind']) => {
      const rows = await this.entries.aggregate<{ _id: string; total: number }>([
        { $match: { ...match, kind } },
        { $group: { _id: `$${grouping}`, total: { $sum: '$amountFen' } } },
      ]);
      return new Map(rows.map((row) => [row._id, row.total]));
    };
    const subsidy = await sumBy('subsidy');
    const reversed = await sumBy('reversal');
    const keys = [...new Set([...subsidy.keys(), ...reversed.keys()])].sort();
    return keys.map((key) => {
      const subsidyFen = subsidy.get(key) ?? 0;
      const reversedFen = -(reversed.get(key) ?? 0);
      return { key, subsidyFen, reversedFen, netFen: subsidyFen - reversedFen };
    });
  }

  private async insert(entry: LedgerEntry, recordedAt: Date): Promise<boolean> {
    const { id, ...fields } = entry;
    try {
      await this.entries.create({ _id: id, ...fields, recordedAt });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}

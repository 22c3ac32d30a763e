import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ConflictError } from '@vetlink/http';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model, Types } from 'mongoose';
import { LprQuote } from './domain/lpr';
import { LoanProduct } from './domain/product';
import { LPR_QUOTE_MODEL, LprQuoteRecord, PRODUCT_MODEL, ProductRecord } from './product.schema';

@Injectable()
export class ProductsRepository {
  constructor(
    @InjectModel(PRODUCT_MODEL) private readonly products: Model<ProductRecord>,
    @InjectModel(LPR_QUOTE_MODEL) private readonly quotes: Model<LprQuoteRecord>,
  ) {}

  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  async insert(product: LoanProduct): Promise<void> {
    const { id, ...fields } = product;
    await this.products.create({ _id: id, ...fields });
  }

  /** Replaces the product's terms (loans already applied for keep the terms they were given). */
  async replace(product: LoanProduct): Promise<void> {
    const { id, ...fields } = product;
    await this.products.replaceOne({ _id: id }, fields);
  }

  async find(id: string): Promise<LoanProduct | undefined> {
    const record = await this.products.findById(id).lean<ProductRecord>();
    return record ? toProduct(record) : undefined;
  }

  /** The bureau keeps a handful of products per bank: the whole list fits one answer. */
  async list(filter: { bankId?: string; active?: boolean }): Promise<LoanProduct[]> {
    const records = await this.products
      .find({
        ...(filter.bankId ? { bankId: filter.bankId } : {}),
        ...(filter.active !== undefined ? { active: filter.active } : {}),
      })
      .sort({ _id: 1 })
      .limit(500)
      .lean<ProductRecord[]>();
    return records.map(toProduct);
  }

  async addQuote(quote: LprQuote, recordedBy: string, recordedAt: Date): Promise<void> {
    try {
      await this.quotes.create({
        _id: quote.effectiveOn,
        oneYearBp: quote.oneYearBp,
        fiveYearBp: quote.fiveYearBp,
        recordedBy,
        recordedAt,
      });
    } catch (error) {
      if (isDuplicateKeyError(error))
        throw new ConflictError(`an LPR quote effective on ${quote.effectiveOn} is already recorded`);
      throw error;
    }
  }

  /** Every quote, newest first (one a month at most: a short list). */
  async quotesList(): Promise<LprQuote[]> {
    const records = await this.quotes.find({}).sort({ _id: -1 }).limit(1000).lean<LprQuoteRecord[]>();
    return records.map((record) => ({
      effectiveOn: record._id,
      oneYearBp: record.oneYearBp,
      fiveYearBp: record.fiveYearBp,
    }));
  }
}

/** Optional terms left out when absent (a record may hold them as null). */
function toProduct(record: ProductRecord): LoanProduct {
  const { _id, subsidy, incubatedStartupTerms, ...fields } = record;
  return {
    id: _id,
    ...fields,
    ...(subsidy ? { subsidy } : {}),
    ...(incubatedStartupTerms ? { incubatedStartupTerms } : {}),
  };
}

import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';
import { isDuplicateKeyError } from '@vetlink/persistence';

export const ERASED_VETERAN_MODEL = 'ErasedVeteran';

/** Only the id, which names no one once the profile is gone, and when. */
export interface ErasedVeteranRecord {
  _id: string;
  erasedAt: Date;
}

export const erasedVeteranSchema = new Schema<ErasedVeteranRecord>(
  { _id: { type: String, required: true }, erasedAt: { type: Date, required: true } },
  { collection: 'erased_veterans', versionKey: false },
);

/**
 * The veterans this service has forgotten. Kept so that a consumer of another topic (a job match still
 * on its way when the erasure arrived) does not bring a veteran back: such a writer checks `has` before
 * writing, and again after, erasing what it wrote if the erasure came in between.
 */
@Injectable()
export class ErasedVeterans {
  constructor(@InjectModel(ERASED_VETERAN_MODEL) private readonly erased: Model<ErasedVeteranRecord>) {}

  async record(veteranId: string, erasedAt: Date): Promise<void> {
    try {
      await this.erased.create({ _id: veteranId, erasedAt });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  async has(veteranId: string): Promise<boolean> {
    return (await this.erased.exists({ _id: veteranId })) !== null;
  }

  /** Which of these veterans were erased: one query for a batch (the collection holds only erased veterans, so a scan stays small). */
  async erasedAmong(veteranIds: readonly string[]): Promise<Set<string>> {
    if (veteranIds.length === 0) return new Set();
    const found = await this.erased
      .find({ _id: { $in: [...new Set(veteranIds)] } }, { _id: 1 })
      .lean<{ _id: string }[]>()
      .exec();
    return new Set(found.map((record) => record._id));
  }
}

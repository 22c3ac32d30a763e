import type { FactoryProvider } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';

/**
 * Something a service keeps about a veteran. Every provider extending this class is found at start-up:
 * its section goes into the veteran's export, and it forgets the veteran when they are erased. A new
 * collection that names a veteran gets a holder, or the export and the erasure miss it.
 */
export abstract class VeteranDataHolder {
  /** The section's name in the export (`inbox`, `applications`, ...), unique within a service. */
  abstract readonly section: string;

  /** What is kept, as the veteran may read it (decrypted, without internal bookkeeping). */
  abstract exportFor(veteranId: string): Promise<unknown>;

  /** Forgets the veteran; safe to repeat (an erasure event can be delivered twice). */
  abstract eraseFor(veteranId: string): Promise<void>;
}

/**
 * The common holder: the documents of one collection whose `field` names the veteran. The outbox field
 * is never selected (it is `select: false` in every aggregate schema).
 */
export class VeteranDocuments<Record> extends VeteranDataHolder {
  constructor(
    readonly section: string,
    private readonly model: Model<Record>,
    private readonly field = 'veteranId',
  ) {
    super();
  }

  /** The documents, or the one document (null when none) when the veteran's id is the document's. */
  async exportFor(veteranId: string): Promise<unknown> {
    const filter = { [this.field]: veteranId } as never;
    if (this.field === '_id') return this.model.findOne(filter).lean().exec();
    return this.model.find(filter).lean().exec();
  }

  async eraseFor(veteranId: string): Promise<void> {
    await this.model.deleteMany({ [this.field]: veteranId } as never).exec();
  }
}

export interface VeteranDocumentsOptions {
  section: string;
  /** The mongoose model's name, as registered with MongooseModule.forFeature. */
  model: string;
  /** The field that holds the veteran's id (`veteranId`, `userId`, or `_id` for one document per veteran). */
  field?: string;
}

/** A provider for a collection whose documents name the veteran in one field: put it in the module that registers the model. */
export function veteranDocumentsProvider({
  section,
  model,
  field = 'veteranId',
}: VeteranDocumentsOptions): FactoryProvider<VeteranDocuments<unknown>> {
  return {
    provide: `veteran-data:${section}`,
    useFactory: (documents: Model<unknown>) => new VeteranDocuments(section, documents, field),
    inject: [getModelToken(model)],
  };
}

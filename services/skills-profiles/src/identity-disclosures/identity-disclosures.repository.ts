import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { VeteranDocuments } from '@vetlink/privacy';
import { Model } from 'mongoose';
import { IDENTITY_DISCLOSURE_MODEL, IdentityDisclosureRecord } from './identity-disclosure.schema';
import { createIndexesAtStartup } from '@vetlink/persistence';

/** The audit trail of clear identity reads; also the `identityDisclosures` section of the veteran's export. */
@Injectable()
export class IdentityDisclosuresRepository
  extends VeteranDocuments<IdentityDisclosureRecord>
  implements OnModuleInit
{
  constructor(
    @InjectModel(IDENTITY_DISCLOSURE_MODEL) private readonly disclosures: Model<IdentityDisclosureRecord>,
  ) {
    super('identityDisclosures', disclosures);
  }

  async onModuleInit() {
    await createIndexesAtStartup([() => this.disclosures.createIndexes()]);
  }

  async record(disclosure: IdentityDisclosureRecord): Promise<void> {
    await this.disclosures.create(disclosure);
  }

  /** Newest first. */
  forVeteran(veteranId: string): Promise<IdentityDisclosureRecord[]> {
    return this.disclosures
      .find({ veteranId })
      .sort({ at: -1, _id: -1 })
      .lean<IdentityDisclosureRecord[]>()
      .exec();
  }
}

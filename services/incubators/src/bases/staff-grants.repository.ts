import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import {
  createIndexesAtStartup,
  findPage,
  isDuplicateKeyError,
  KeysetOrder,
  Page,
} from '@vetlink/persistence';
import { Model } from 'mongoose';
import { STAFF_GRANT_MODEL, StaffGrantRecord } from './staff-grant.schema';

export type StaffGrant = Omit<StaffGrantRecord, '_id'>;

const FIRST_GRANTED_FIRST: KeysetOrder = { field: 'grantedAt', direction: 'asc' };

@Injectable()
export class StaffGrantsRepository implements OnModuleInit {
  constructor(@InjectModel(STAFF_GRANT_MODEL) private readonly grants: Model<StaffGrantRecord>) {}

  async onModuleInit() {
    await createIndexesAtStartup([() => this.grants.createIndexes()]);
  }

  /** Granted once; a repeat keeps the first grant. */
  async grant(grant: StaffGrant): Promise<void> {
    try {
      await this.grants.create({ _id: `${grant.baseId}:${grant.userId}`, ...grant });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  async revoke(baseId: string, userId: string): Promise<boolean> {
    const result = await this.grants.deleteOne({ _id: `${baseId}:${userId}` });
    return result.deletedCount > 0;
  }

  async isGranted(baseId: string, userId: string): Promise<boolean> {
    return Boolean(await this.grants.findById(`${baseId}:${userId}`).select({ _id: 1 }).lean());
  }

  async of(baseId: string, limit: number, cursor?: string): Promise<Page<StaffGrant>> {
    return findPage(
      this.grants,
      { baseId },
      {
        order: FIRST_GRANTED_FIRST,
        limit,
        cursor,
        toItem: ({ _id, ...grant }) => grant,
      },
    );
  }
}

import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { RefreshTokenRecord } from './domain/refresh-token';
import {
  REFRESH_TOKEN_MODEL,
  RefreshTokenDocument,
  REVOKED_FAMILY_MODEL,
  RevokedFamilyDocument,
  ROTATION_MODEL,
  RotationDocument,
} from './session.schema';

/** Refresh tokens, their exchanges and revoked chains; every read and claim is by `_id`. */
@Injectable()
export class SessionsRepository {
  constructor(
    @InjectModel(REFRESH_TOKEN_MODEL) private readonly tokens: Model<RefreshTokenDocument>,
    @InjectModel(ROTATION_MODEL) private readonly rotations: Model<RotationDocument>,
    @InjectModel(REVOKED_FAMILY_MODEL) private readonly revoked: Model<RevokedFamilyDocument>,
  ) {}

  async insert(token: RefreshTokenRecord): Promise<void> {
    const { id, ...fields } = token;
    await this.tokens.create({ _id: id, ...fields });
  }

  async find(id: string): Promise<RefreshTokenRecord | undefined> {
    const record = await this.tokens.findOne({ _id: id }).lean<RefreshTokenDocument>();
    if (!record) return undefined;
    const { _id, ...fields } = record;
    return { id: _id, ...fields };
  }

  async wasReplaced(id: string): Promise<boolean> {
    return (await this.rotations.countDocuments({ _id: id })) > 0;
  }

  async isFamilyRevoked(familyId: string): Promise<boolean> {
    return (await this.revoked.countDocuments({ _id: familyId })) > 0;
  }

  /** True when this caller won the exchange of `oldId`; false when someone exchanged it first. */
  async claimRotation(oldId: string, accountId: string, replacedBy: string, at: Date): Promise<boolean> {
    try {
      await this.rotations.create({ _id: oldId, accountId, replacedBy, at });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async revokeFamily(familyId: string, accountId: string, reason: RevokedFamilyDocument['reason'], at: Date) {
    try {
      await this.revoked.create({ _id: familyId, accountId, reason, at });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error; // revoked already: the same outcome
    }
  }
}

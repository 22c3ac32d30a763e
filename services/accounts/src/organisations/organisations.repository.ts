import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { createIndexesAtStartup, FieldCipher, isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { LoginIdentifier } from '../accounts/domain/login-identifier';
import {
  INVITATION_MODEL,
  INVITATION_USE_MODEL,
  InvitationRecord,
  InvitationUseRecord,
  ORGANISATION_MODEL,
  OrganisationRecord,
} from './organisation.schema';

export interface Invitation {
  id: string;
  organisationId: string;
  invitedBy: string;
  login: LoginIdentifier;
  secretDigest: string;
  createdAt: Date;
  expiresAt: Date;
}

@Injectable()
export class OrganisationsRepository implements OnModuleInit {
  constructor(
    @InjectModel(ORGANISATION_MODEL) private readonly organisations: Model<OrganisationRecord>,
    @InjectModel(INVITATION_MODEL) private readonly invitations: Model<InvitationRecord>,
    @InjectModel(INVITATION_USE_MODEL) private readonly uses: Model<InvitationUseRecord>,
    private readonly cipher: FieldCipher,
  ) {}

  async onModuleInit() {
    await createIndexesAtStartup([() => this.invitations.createIndexes()]);
  }

  async insertOrganisation(record: OrganisationRecord): Promise<void> {
    await this.organisations.create(record);
  }

  async deleteOrganisation(id: string): Promise<void> {
    await this.organisations.deleteOne({ _id: id });
  }

  async findOrganisation(id: string): Promise<OrganisationRecord | undefined> {
    return (await this.organisations.findOne({ _id: id }).lean<OrganisationRecord>()) ?? undefined;
  }

  async insertInvitation(invitation: Invitation): Promise<void> {
    const { id, login, ...fields } = invitation;
    await this.invitations.create({
      _id: id,
      ...fields,
      kind: login.kind,
      contact: this.cipher.encrypt(login.value, `accounts.invitation:${id}`),
    });
  }

  async findInvitation(id: string): Promise<Invitation | undefined> {
    const record = await this.invitations.findOne({ _id: id }).lean<InvitationRecord>();
    return record ? this.invitationOf(record) : undefined;
  }

  private invitationOf({ _id, kind, contact, ...fields }: InvitationRecord): Invitation {
    return {
      id: _id,
      ...fields,
      login: { kind, value: this.cipher.decrypt(contact, `accounts.invitation:${_id}`) } as LoginIdentifier,
    };
  }

  /** The organisation's latest invitations, newest first, each with when it was accepted (if it was). */
  async recentInvitations(
    organisationId: string,
    limit: number,
  ): Promise<(Invitation & { acceptedAt?: Date })[]> {
    const records = await this.invitations
      .find({ organisationId })
      .sort({ createdAt: -1 })
      .limit(limit)
      .lean<InvitationRecord[]>();
    const uses = await this.uses
      .find({ _id: { $in: records.map((record) => record._id) } })
      .lean<InvitationUseRecord[]>();
    const acceptedAt = new Map(uses.map((use) => [use._id, use.at]));
    return records.map((record) => ({
      ...this.invitationOf(record),
      acceptedAt: acceptedAt.get(record._id),
    }));
  }

  async wasUsed(id: string): Promise<boolean> {
    return (await this.uses.countDocuments({ _id: id })) > 0;
  }

  /** True for the one caller that accepts the invitation. */
  async claimUse(id: string, accountId: string, at: Date): Promise<boolean> {
    try {
      await this.uses.create({ _id: id, accountId, at });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async releaseUse(id: string): Promise<void> {
    await this.uses.deleteOne({ _id: id });
  }
}

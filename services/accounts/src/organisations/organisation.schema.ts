import { Schema } from 'mongoose';

export const ORGANISATION_MODEL = 'Organisation';
export const INVITATION_MODEL = 'Invitation';
export const INVITATION_USE_MODEL = 'InvitationUse';

/** An employer that registered itself; its id is the `org` claim of its members' tokens. */
export interface OrganisationRecord {
  _id: string;
  name: string;
  adminAccountId: string;
  registeredAt: Date;
}

export const organisationSchema = new Schema<OrganisationRecord>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    adminAccountId: { type: String, required: true },
    registeredAt: { type: Date, required: true },
  },
  { collection: 'organisations', versionKey: false, timestamps: false },
);

export interface InvitationRecord {
  _id: string;
  organisationId: string;
  invitedBy: string;
  kind: 'email' | 'mobile';
  /** The invited address, encrypted; the member signs in with it. */
  contact: string;
  secretDigest: string;
  createdAt: Date;
  expiresAt: Date;
}

export const invitationSchema = new Schema<InvitationRecord>(
  {
    _id: { type: String, required: true },
    organisationId: { type: String, required: true },
    invitedBy: { type: String, required: true },
    kind: { type: String, required: true },
    contact: { type: String, required: true },
    secretDigest: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'invitations', versionKey: false, timestamps: false },
);
// an organisation's invitations, newest first (on MongoDB; FerretDB scans the few there are)
invitationSchema.index({ organisationId: 1, createdAt: -1 });

/** An accepted invitation (`_id` = the invitation's): a unique insert, so it is accepted once. */
export interface InvitationUseRecord {
  _id: string;
  accountId: string;
  at: Date;
}

export const invitationUseSchema = new Schema<InvitationUseRecord>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'invitation_uses', versionKey: false, timestamps: false },
);

import { Schema } from 'mongoose';
import { ROLES } from '@vetlink/auth';

export const ACCOUNT_MODEL = 'Account';
export const LOGIN_MODEL = 'Login';

export interface AccountRecord {
  _id: string;
  role: (typeof ROLES)[number];
  organisationId?: string;
  organisationAdmin: boolean;
  status: 'active' | 'disabled';
  passwordHash: string;
  sessionsValidFrom: Date;
  createdAt: Date;
  passwordChangedAt: Date;
}

export const accountSchema = new Schema<AccountRecord>(
  {
    _id: { type: String, required: true },
    role: { type: String, required: true, enum: ROLES },
    organisationId: { type: String },
    organisationAdmin: { type: Boolean, required: true },
    status: { type: String, required: true },
    passwordHash: { type: String, required: true },
    sessionsValidFrom: { type: Date, required: true },
    createdAt: { type: Date, required: true },
    passwordChangedAt: { type: Date, required: true },
  },
  { collection: 'accounts', versionKey: false, timestamps: false },
);

/**
 * One document per way of signing in. Its `_id` is the blind index of the e-mail address or mobile
 * number (HMAC, `@vetlink/persistence`), so that a sign-in finds it by `_id` and two sign-ups with the
 * same address race on a unique insert; the address itself is kept encrypted.
 */
export interface LoginRecord {
  _id: string;
  accountId: string;
  kind: 'email' | 'mobile';
  /** The address, AES-GCM encrypted and bound to the account. */
  contact: string;
  createdAt: Date;
  /** When its owner proved the address is theirs with a one-time code; absent until then. */
  verifiedAt?: Date;
}

export const loginSchema = new Schema<LoginRecord>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    kind: { type: String, required: true },
    contact: { type: String, required: true },
    createdAt: { type: Date, required: true },
    verifiedAt: { type: Date },
  },
  { collection: 'logins', versionKey: false, timestamps: false },
);

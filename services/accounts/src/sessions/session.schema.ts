import { Schema } from 'mongoose';

export const REFRESH_TOKEN_MODEL = 'RefreshToken';
export const ROTATION_MODEL = 'RefreshRotation';
export const REVOKED_FAMILY_MODEL = 'RevokedFamily';

export interface RefreshTokenDocument {
  _id: string;
  accountId: string;
  familyId: string;
  secretDigest: string;
  issuedAt: Date;
  expiresAt: Date;
}

export const refreshTokenSchema = new Schema<RefreshTokenDocument>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    familyId: { type: String, required: true },
    secretDigest: { type: String, required: true },
    issuedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'refresh_tokens', versionKey: false, timestamps: false },
);

/**
 * A refresh token that was exchanged: `_id` is the old token's id, so of two exchanges of one token
 * exactly one inserts this (FerretDB's conditional updates are not atomic; a unique insert is).
 */
export interface RotationDocument {
  _id: string;
  accountId: string;
  replacedBy: string;
  at: Date;
}

export const rotationSchema = new Schema<RotationDocument>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    replacedBy: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'refresh_rotations', versionKey: false, timestamps: false },
);

/** A signed-out device: every token of the chain (`_id` = family id) is refused from then on. */
export interface RevokedFamilyDocument {
  _id: string;
  accountId: string;
  reason: 'signed-out' | 'reuse-detected';
  at: Date;
}

export const revokedFamilySchema = new Schema<RevokedFamilyDocument>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    reason: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'revoked_refresh_families', versionKey: false, timestamps: false },
);

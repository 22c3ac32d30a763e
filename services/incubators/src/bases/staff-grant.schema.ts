import { Schema } from 'mongoose';

export const STAFF_GRANT_MODEL = 'StaffGrant';

/**
 * An officer's grant of the base-staff role at one base to one user (`_id` `${baseId}:${userId}`, read by
 * `_id` on every base-staff request): the token's `org` claim names the base, the grant says the officers
 * still stand behind it, so a revocation takes effect at once rather than when the token expires.
 */
export interface StaffGrantRecord {
  _id: string;
  baseId: string;
  userId: string;
  grantedBy: string;
  grantedAt: Date;
}

export const staffGrantSchema = new Schema<StaffGrantRecord>(
  {
    _id: { type: String, required: true },
    baseId: { type: String, required: true },
    userId: { type: String, required: true },
    grantedBy: { type: String, required: true },
    grantedAt: { type: Date, required: true },
  },
  { collection: 'staff_grants', versionKey: false, timestamps: false },
);

staffGrantSchema.index({ baseId: 1 });

import { Schema } from 'mongoose';
import { OutboxFields, PENDING_EVENTS_FIELD } from '@vetlink/messaging';
import type { Industry } from '@vetlink/taxonomy';

export const EMPLOYER_MODEL = 'Employer';
export const EMPLOYERS_COLLECTION = 'employers';

/** How an employer is stored; `_id` is the organisation id from the access token. */
export interface EmployerRecord extends OutboxFields {
  _id: string;
  name: string;
  creditCode: string;
  industry: Industry;
  cityId: string;
  /** The phone only as ciphertext, bound to its employer (`employers.contact.phone:<id>`). */
  contact: { name: string; encryptedPhone: string };
  verification?: { verifiedAt: Date; verifiedBy: string };
  createdAt: Date;
  updatedAt: Date;
}

export const employerSchema = new Schema<EmployerRecord>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    creditCode: { type: String, required: true },
    industry: { type: String, required: true },
    cityId: { type: String, required: true },
    contact: {
      type: new Schema(
        { name: { type: String, required: true }, encryptedPhone: { type: String, required: true } },
        { _id: false },
      ),
      required: true,
    },
    verification: {
      type: new Schema(
        { verifiedAt: { type: Date, required: true }, verifiedBy: { type: String, required: true } },
        { _id: false },
      ),
      default: undefined,
    },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    // The transactional outbox: events wait here, written with the change they record (libs/messaging).
    [PENDING_EVENTS_FIELD]: { type: [Schema.Types.Mixed], default: undefined, select: false },
  },
  { collection: EMPLOYERS_COLLECTION, versionKey: false, timestamps: false },
);

// One organisation per legal entity: the credit code identifies it nationwide.
employerSchema.index({ creditCode: 1 }, { unique: true });
employerSchema.index({ createdAt: -1, _id: -1 });

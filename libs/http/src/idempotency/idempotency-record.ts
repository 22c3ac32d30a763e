import { Schema } from 'mongoose';

export const IDEMPOTENCY_MODEL = 'IdempotentRequest';

/** One request made with an Idempotency-Key: claimed by inserting it, then completed with its answer. */
export interface IdempotencyRecord {
  /** Hash of the caller, the route and the key: the claim itself. */
  _id: string;
  /** Hash of the request body: the same key with another body is a client error. */
  bodyHash: string;
  state: 'in-progress' | 'completed';
  status?: number;
  response?: unknown;
  createdAt: Date;
}

export const idempotencySchema = new Schema<IdempotencyRecord>(
  {
    _id: { type: String, required: true },
    bodyHash: { type: String, required: true },
    state: { type: String, required: true },
    status: Number,
    response: Schema.Types.Mixed,
    createdAt: { type: Date, required: true },
  },
  { collection: 'idempotent_requests', versionKey: false, minimize: false },
);

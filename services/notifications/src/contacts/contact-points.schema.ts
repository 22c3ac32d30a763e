import { Schema } from 'mongoose';

export const CONTACT_POINTS_MODEL = 'ContactPoints';
export const CONTACT_POINTS_COLLECTION = 'contact_points';

/** A contact value encrypted with the personal-data key, and its mask for display. */
export interface StoredContact {
  encrypted: string;
  masked: string;
}

export interface ContactPointsRecord {
  /** The user id. */
  _id: string;
  email: StoredContact | null;
  /** The SMS gateway's id for the user (the gateway, not vetlink, holds the phone number). */
  sms: StoredContact | null;
  /** The WeChat template-message gateway's id for the user (e.g. an openid). */
  wechat: StoredContact | null;
  updatedAt: Date;
}

const contact = {
  type: new Schema<StoredContact>({ encrypted: String, masked: String }, { _id: false }),
  default: null,
};

export const contactPointsSchema = new Schema<ContactPointsRecord>(
  {
    _id: { type: String, required: true },
    email: contact,
    sms: contact,
    wechat: contact,
    updatedAt: { type: Date, required: true },
  },
  { collection: CONTACT_POINTS_COLLECTION, versionKey: false },
);

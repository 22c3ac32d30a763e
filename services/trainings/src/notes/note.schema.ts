import { Schema } from 'mongoose';

export const NOTE_MODEL = 'Note';

export interface NoteRecord {
  _id: string;
  veteranId: string;
  authorId: string;
  text: string;
  writtenAt: Date;
}

export const noteSchema = new Schema<NoteRecord>(
  {
    _id: { type: String, required: true },
    veteranId: { type: String, required: true },
    authorId: { type: String, required: true },
    text: { type: String, required: true },
    writtenAt: { type: Date, required: true },
  },
  { collection: 'notes', versionKey: false, timestamps: false },
);

// A veteran's notes newest first: all of them for officers, one author's for a mentor.
noteSchema.index({ veteranId: 1, writtenAt: -1, _id: -1 });
noteSchema.index({ veteranId: 1, authorId: 1, writtenAt: -1, _id: -1 });

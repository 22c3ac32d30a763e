import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import {
  createIndexesAtStartup,
  fetchSizeFor,
  KeysetOrder,
  keysetQuery,
  Page,
  pageOf,
} from '@vetlink/persistence';
import { Model, Types } from 'mongoose';
import { Note } from './domain/note';
import { ReadableNotes } from './domain/note-readers';
import { NOTE_MODEL, NoteRecord } from './note.schema';

const NEWEST_FIRST: KeysetOrder = { field: 'writtenAt', direction: 'desc' };

@Injectable()
export class NotesRepository implements OnModuleInit {
  constructor(@InjectModel(NOTE_MODEL) private readonly notes: Model<NoteRecord>) {}

  async onModuleInit() {
    await createIndexesAtStartup([() => this.notes.createIndexes()]);
  }

  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  async insert(note: Note): Promise<void> {
    const { id, ...fields } = note;
    await this.notes.create({ _id: id, ...fields });
  }

  async listAbout(
    veteranId: string,
    readable: ReadableNotes,
    limit: number,
    cursor?: string,
  ): Promise<Page<Note>> {
    const keyset = keysetQuery(NEWEST_FIRST, cursor);
    const records = await this.notes
      .find({ $and: [keyset.filter, { veteranId, ...readable }] })
      .sort(keyset.sort)
      .limit(fetchSizeFor(limit))
      .lean<NoteRecord[]>();
    return pageOf(
      records,
      limit,
      NEWEST_FIRST,
      (record) => ({ value: record.writtenAt, id: record._id }),
      toNote,
    );
  }
}

function toNote(record: NoteRecord): Note {
  return {
    id: record._id,
    veteranId: record.veteranId,
    authorId: record.authorId,
    text: record.text,
    writtenAt: record.writtenAt,
  };
}

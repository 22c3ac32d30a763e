import { Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Page } from '@vetlink/persistence';
import { KnownVeteran } from '../domain/known-veteran';
import { Note } from '../domain/note';
import { readableNotes } from '../domain/note-readers';
import { KnownVeteransRepository } from '../known-veterans.repository';
import { NotesRepository } from '../notes.repository';
import { requireKnownVeteran } from './require-known-veteran';

/** The notes about a veteran that the reader may see, newest first. */
@Injectable()
export class FindNotes {
  constructor(
    private readonly notes: NotesRepository,
    private readonly veterans: KnownVeteransRepository,
  ) {}

  async about(
    reader: Principal,
    veteranId: string,
    paging: { limit: number; cursor?: string },
  ): Promise<{ veteran: KnownVeteran; notes: Page<Note> }> {
    const veteran = await requireKnownVeteran(this.veterans, veteranId);
    const notes = await this.notes.listAbout(veteranId, readableNotes(reader), paging.limit, paging.cursor);
    return { veteran, notes };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { Note } from '../domain/note';
import { KnownVeteransRepository } from '../known-veterans.repository';
import { NotesRepository } from '../notes.repository';
import { requireKnownVeteran } from './require-known-veteran';

/** A mentor or an officer keeps a note about a veteran with a profile. */
@Injectable()
export class WriteNote {
  constructor(
    private readonly notes: NotesRepository,
    private readonly veterans: KnownVeteransRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(author: Principal, veteranId: string, command: { text: string }): Promise<Note> {
    await requireKnownVeteran(this.veterans, veteranId);
    const note: Note = {
      id: this.notes.newId(),
      veteranId,
      authorId: author.userId,
      text: command.text,
      writtenAt: this.clock.now(),
    };
    await this.notes.insert(note);
    return note;
  }
}

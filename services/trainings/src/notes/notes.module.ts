import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { veteranDocumentsProvider } from '@vetlink/privacy';
import { KNOWN_VETERAN_MODEL, knownVeteranSchema } from './known-veteran.schema';
import { KnownVeteransHandler } from './known-veterans.handler';
import { KnownVeteransRepository } from './known-veterans.repository';
import { NOTE_MODEL, noteSchema } from './note.schema';
import { NotesController } from './notes.controller';
import { NotesRepository } from './notes.repository';
import { FindNotes } from './use-cases/find-notes';
import { WriteNote } from './use-cases/write-note';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: NOTE_MODEL, schema: noteSchema },
      { name: KNOWN_VETERAN_MODEL, schema: knownVeteranSchema },
    ]),
  ],
  controllers: [NotesController, KnownVeteransHandler],
  providers: [
    NotesRepository,
    KnownVeteransRepository,
    WriteNote,
    FindNotes,
    // What the veteran's export shows and their erasure forgets.
    veteranDocumentsProvider({ section: 'notes', model: NOTE_MODEL }),
    veteranDocumentsProvider({ section: 'knownVeteran', model: KNOWN_VETERAN_MODEL, field: '_id' }),
  ],
})
export class NotesModule {}

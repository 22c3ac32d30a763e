import { createZodDto } from '@vetlink/http';
import { Page } from '@vetlink/persistence';
import { z } from 'zod';
import { KnownVeteran } from './domain/known-veteran';
import { Note } from './domain/note';

const noteViewSchema = z.object({
  id: z.string(),
  veteranId: z.string(),
  authorId: z.string(),
  text: z.string(),
  writtenAt: z.iso.datetime(),
});

const veteranNotesSchema = z.object({
  veteran: z.object({ id: z.string(), displayName: z.string() }),
  items: z.array(noteViewSchema),
  nextCursor: z.string().optional(),
});

export type NoteView = z.infer<typeof noteViewSchema>;
export type VeteranNotesView = z.infer<typeof veteranNotesSchema>;

export class NoteViewDto extends createZodDto(noteViewSchema) {}
export class VeteranNotesDto extends createZodDto(veteranNotesSchema) {}

export function toNoteView(note: Note): NoteView {
  return { ...note, writtenAt: note.writtenAt.toISOString() };
}

export function toVeteranNotesView(veteran: KnownVeteran, notes: Page<Note>): VeteranNotesView {
  return {
    veteran: { id: veteran.id, displayName: veteran.displayName },
    items: notes.items.map(toNoteView),
    ...(notes.nextCursor ? { nextCursor: notes.nextCursor } : {}),
  };
}

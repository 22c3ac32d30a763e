import type { Principal } from '@vetlink/auth';

/** The notes about a veteran that a reader may see, as a condition on their author. */
export type ReadableNotes = { authorId?: string };

/** Officers oversee the programme and read every note; anyone else reads only the notes they wrote. */
export function readableNotes(reader: Principal): ReadableNotes {
  return reader.role === 'officer' ? {} : { authorId: reader.userId };
}

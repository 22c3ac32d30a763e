/** What a mentor or an officer keeps about a veteran they work with: read only by its author and officers. */
export interface Note {
  /** An ObjectId in hex, kept as text: ids travel as text in URLs and events. */
  id: string;
  veteranId: string;
  authorId: string;
  text: string;
  writtenAt: Date;
}

import { createHash } from 'node:crypto';
import { normaliseTerm } from './terms';

/*
 * A certificate the taxonomy does not know is still a hard requirement, so it has to travel where ids
 * travel (job and profile events, search filters). It gets an id made of its normalised text: the same
 * words typed by an employer and by a veteran give the same id, and the text can be read back from it
 * for reasons. Ids are limited to 80 characters, so a long text is named by its hash instead (still
 * equal for equal texts, but not readable back).
 */
const PREFIX = 'text-';
const HASHED = 'text-h-';
const MAX_ID_LENGTH = 80;

export function textTermId(text: string): string {
  const hex = Buffer.from(normaliseTerm(text), 'utf8').toString('hex');
  if (PREFIX.length + hex.length <= MAX_ID_LENGTH) return PREFIX + hex;
  return HASHED + createHash('sha256').update(normaliseTerm(text)).digest('hex').slice(0, 40);
}

export function isTextTermId(id: string): boolean {
  return id.startsWith(PREFIX);
}

/** The normalised text an id of textTermId stands for, or undefined for a hashed or taxonomy id. */
export function textOfTermId(id: string): string | undefined {
  if (!id.startsWith(PREFIX) || id.startsWith(HASHED)) return undefined;
  const text = Buffer.from(id.slice(PREFIX.length), 'hex').toString('utf8');
  return text.length > 0 ? text : undefined;
}

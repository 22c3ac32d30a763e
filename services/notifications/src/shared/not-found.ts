import { NotFoundException } from '@nestjs/common';

/** The same answer for "no such thing" and "someone else's": a user cannot probe for others' ids. */
export function notFound(what: string): NotFoundException {
  return new NotFoundException(`no such ${what}`);
}

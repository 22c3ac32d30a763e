import { ApiHeader } from '@nestjs/swagger';
import { InvalidInputError } from '@vetlink/http';
import type { Response } from 'express';

/**
 * A profile's ETag is its revision. A client that sends it back in If-Match gets a 409 instead of
 * overwriting a change it has not seen (two browser tabs, an officer and the veteran at once).
 */
export function etagOf(revision: number): string {
  return `"${revision}"`;
}

export function setEtag(response: Response, revision: number): void {
  response.setHeader('ETag', etagOf(revision));
}

export function expectedRevisionFrom(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(ifMatch);
  if (!match) {
    throw new InvalidInputError([
      { field: 'If-Match', message: 'must be the ETag the profile was read with, e.g. "3"' },
    ]);
  }
  return Number(match[1]);
}

export const ApiIfMatch = () =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The ETag (revision) the change is based on; a 409 if the profile has changed since',
  });

import { BadRequestException } from '@nestjs/common';
import { InvalidCursorError, KeysetOrder, keysetQuery } from '@vetlink/persistence';
import { z } from 'zod';
import { badRequestBody } from './validation';

/** The paging fields every listing accepts. */
export const pagingFields = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(1000).optional(),
};

/** A query flag written `true` or `false`. */
export const booleanText = z.enum(['true', 'false']).transform((text) => text === 'true');

/** The keyset query for a page; a cursor this service did not issue is the caller's mistake (400). */
export function keysetQueryOrBadRequest(order: KeysetOrder, cursor: string | undefined) {
  try {
    return keysetQuery(order, cursor);
  } catch (error) {
    if (error instanceof InvalidCursorError) {
      throw new BadRequestException(badRequestBody([{ field: 'cursor', message: error.message }]));
    }
    throw error;
  }
}

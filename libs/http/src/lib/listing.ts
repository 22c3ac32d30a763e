import { z } from 'zod';

/** The paging fields every listing accepts. */
export const pagingFields = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(1000).optional(),
};

/** A query flag written `true` or `false`. */
export const booleanText = z.enum(['true', 'false']).transform((text) => text === 'true');

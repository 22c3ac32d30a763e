import { z } from 'zod';

/** The paging fields every listing accepts. */
export const pagingFields = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z
    .string()
    .min(1)
    .max(1000)
    .regex(/^[A-Za-z0-9_-]+$/, 'must be the nextCursor of the previous page')
    .optional()
    .meta({ description: 'opaque: the `nextCursor` of the previous page of the same listing (base64url)' }),
};

/** A query flag written `true` or `false`. */
export const booleanText = z.enum(['true', 'false']).transform((text) => text === 'true');

import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { MAX_PAGE_LIMIT, MAX_PAGE_OFFSET } from '../search/domain/index-settings';

/** Ids issued by other services: bounded, and free of characters that mean something in a URL or a key. */
export const aggregateIdText = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\w.@-]+$/, 'must be an id (letters, digits, . _ @ -)');

/** A veteran's id, or `me` for the caller. */
export const veteranIdOrMe = aggregateIdText.meta({ description: 'a veteran id, or `me` for your own' });

export class VeteranIdParams extends createZodDto(z.strictObject({ veteranId: veteranIdOrMe })) {}
export class JobIdParams extends createZodDto(z.strictObject({ jobId: aggregateIdText })) {}
export class VeteranJobParams extends createZodDto(
  z.strictObject({ veteranId: veteranIdOrMe, jobId: aggregateIdText }),
) {}

/** Ranked lists are computed per request, so pages are by offset. */
export const pagingFields = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT).default(20),
  offset: z.coerce.number().int().min(0).max(MAX_PAGE_OFFSET).default(0),
};

export class PagingQuery extends createZodDto(z.strictObject(pagingFields)) {}

/** A query flag written `true` or `false`. */
export const booleanText = z.enum(['true', 'false']).transform((text) => text === 'true');

import { z } from 'zod';

/** Field shapes that recur across event payloads, defined once so every event means the same by them. */
export const aggregateIdField = z.string().min(1).max(128);

export const taxonomyIdField = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a taxonomy id')
  .max(80);

/** An ISO-8601 instant with its offset. */
export const instantField = z.iso.datetime({ offset: true });

/** A monthly amount in CNY, whole yuan. */
export const cnyField = z.number().int().min(0).max(1_000_000);

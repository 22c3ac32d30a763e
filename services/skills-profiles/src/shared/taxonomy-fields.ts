import { taxonomyIdField } from '@vetlink/taxonomy';
import { z } from 'zod';

/** A taxonomy id that must exist in @vetlink/taxonomy; the message quotes the unknown id, OpenAPI lists the known ones. */
export function knownTaxonomyId(isKnown: (id: string) => boolean, kind: string) {
  return taxonomyIdField(isKnown, kind);
}

/** A list of known taxonomy ids, each at most once. */
export function knownTaxonomyIds(isKnown: (id: string) => boolean, kind: string, max: number) {
  return uniqueList(knownTaxonomyId(isKnown, kind), kind, max);
}

export function uniqueList<Item extends z.ZodType<string>>(item: Item, kind: string, max: number) {
  return z
    .array(item)
    .max(max)
    .refine((items) => new Set(items).size === items.length, `lists a ${kind} more than once`);
}

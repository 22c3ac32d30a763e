import { isKnownCityId } from '@vetlink/taxonomy';
import { z } from 'zod';

/** A taxonomy id that must exist in @vetlink/taxonomy; the message quotes the unknown id. */
export function knownTaxonomyId(isKnown: (id: string) => boolean, kind: string) {
  return z
    .string()
    .min(1)
    .max(80)
    .refine(isKnown, { error: (issue) => `unknown ${kind} id "${String(issue.input).slice(0, 80)}"` });
}

export const cityIdField = knownTaxonomyId(isKnownCityId, 'Jiangsu city');

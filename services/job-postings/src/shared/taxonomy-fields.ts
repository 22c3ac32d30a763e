import { isKnownCityId, taxonomyIdField } from '@vetlink/taxonomy';

/** A taxonomy id that must exist in @vetlink/taxonomy; the message quotes the unknown id, OpenAPI lists the known ones. */
export function knownTaxonomyId(isKnown: (id: string) => boolean, kind: string) {
  return taxonomyIdField(isKnown, kind);
}

export const cityIdField = knownTaxonomyId(isKnownCityId, 'Jiangsu city');

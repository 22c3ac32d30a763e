import { z } from 'zod';
import type { TaxonomyKind } from './entries-by-kind';
import { loadTaxonomy } from './load-taxonomy';

const KINDS: readonly TaxonomyKind[] = [
  'skill',
  'occupation',
  'certificate',
  'specialty',
  'training',
  'city',
  'rank',
  'role',
];

/** Every id the taxonomy knows, of any kind (districts included), each once. */
function allTaxonomyIds(): string[] {
  const taxonomy = loadTaxonomy();
  const ids = new Set<string>(taxonomy.districts.keys());
  for (const kind of KINDS) for (const entry of taxonomy.entries[kind].all) ids.add(entry.id);
  return [...ids].sort();
}

/**
 * A field holding an id of the taxonomy that `isKnown` accepts (`isKnownSkillId`, ...). It refuses an
 * unknown id quoting it, and its OpenAPI description lists the ids it takes (an `enum`), so that clients
 * and fuzzers see the rule the service applies. `label` names the kind in messages ("Jiangsu city").
 */
export function taxonomyIdField(isKnown: (id: string) => boolean, label: string) {
  return z
    .string()
    .min(1)
    .max(80)
    .refine((id) => isKnown(id), {
      error: (issue) => `unknown ${label} id "${String(issue.input).slice(0, 80)}"`,
    })
    .meta({ description: `a ${label} id of the vetlink taxonomy`, enum: allTaxonomyIds().filter(isKnown) });
}

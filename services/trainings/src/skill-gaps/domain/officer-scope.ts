import type { Principal } from '@vetlink/auth';
import type { VeteranForMatching } from '@vetlink/matching-score';
import { getCity } from '@vetlink/taxonomy';

/**
 * Whether an officer may read a veteran's skill gaps. An officer of a city's bureau (their token's
 * organisation is the city's taxonomy id, e.g. `nanjing`, as insights reads it) serves the veterans who
 * live there, or, home unknown, who named the city; one of the provincial bureau (any other
 * organisation, or none) serves all.
 */
export function officerServes(officer: Principal, veteran: VeteranForMatching): boolean {
  const organisation = officer.organisationId;
  if (!organisation || !getCity(organisation)) return true;
  if (veteran.residence) return veteran.residence.cityId === organisation;
  return veteran.preferredCityIds.includes(organisation);
}

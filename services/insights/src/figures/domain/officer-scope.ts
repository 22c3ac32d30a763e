import type { Principal } from '@vetlink/auth';
import { getCity } from '@vetlink/taxonomy';

/**
 * The city an officer's figures are limited to: an officer acting for a city's bureau (their token's
 * organisation is the city's taxonomy id, e.g. `nanjing`) sees that city; one of the provincial bureau
 * (any other organisation, or none) sees every city.
 */
export function officerCityOf(officer: Principal): string | undefined {
  const organisation = officer.organisationId;
  return organisation && getCity(organisation) ? organisation : undefined;
}

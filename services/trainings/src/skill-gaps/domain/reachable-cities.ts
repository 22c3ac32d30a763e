import { DEFAULT_RADIUS_KM, type VeteranForMatching } from '@vetlink/matching-score';
import { distanceKm, listEntries } from '@vetlink/taxonomy';

/**
 * How far a city's jobs may lie from its centre: Jiangsu's prefecture-level cities reach 50-80 km out,
 * so a city whose centre is this much beyond the radius may still hold jobs within it.
 */
const CITY_REACH_KM = 80;

/**
 * The cities whose open jobs can be worth a push to the veteran, so that only those are loaded: home,
 * the cities they named, and every city that may hold jobs within their radius of home (the default
 * radius of matching when they set none). The score itself decides each job; this only narrows.
 */
export function citiesWithinReach(
  veteran: VeteranForMatching,
  defaultRadiusKm = DEFAULT_RADIUS_KM,
): string[] {
  const cities = new Set(veteran.preferredCityIds);
  const home = veteran.residence;
  if (home) {
    cities.add(home.cityId);
    const radiusKm = veteran.radiusKm ?? defaultRadiusKm;
    for (const city of listEntries('city'))
      if (distanceKm(home, city) <= radiusKm + CITY_REACH_KM) cities.add(city.id);
  }
  return [...cities].sort();
}

import { distanceKm } from '@vetlink/taxonomy';
import type { Fit } from './fit';
import type { JobForMatching, VeteranForMatching } from '../inputs/match-inputs';

/** Within this distance a job counts as on the doorstep (full marks). */
export const DOORSTEP_KM = 5;
/** At the edge of the veteran's radius the distance part still gives this much. */
export const FIT_AT_RADIUS = 0.4;
/** Outside the radius but in a city the veteran named (they would move or commute for it). */
export const FIT_IN_PREFERRED_CITY = 0.4;
/** When matching does not know where the veteran lives. */
export const FIT_UNKNOWN_HOME = 0.5;

export interface LocationFit extends Fit {
  /** From home to the job, rounded to 0.1 km; null when the home is unknown. */
  distanceKm: number | null;
}

/**
 * Distance from home against the veteran's own radius (or `defaultRadiusKm` when they set none):
 * 1 up to DOORSTEP_KM, falling linearly to FIT_AT_RADIUS at the radius.
 *
 * Vetoes:
 * - `outside-radius`: farther than the radius the veteran set, unless the job is in a city they
 *   named among their preferred cities (other than their home city), which scores FIT_IN_PREFERRED_CITY;
 * - `outside-preferred-cities`: no radius set, preferred cities named, and the job is in none of them
 *   nor in the home city.
 * Without a radius, a job beyond `defaultRadiusKm` is not vetoed; its fit shrinks with distance.
 */
export function locationFit(
  job: JobForMatching,
  veteran: VeteranForMatching,
  defaultRadiusKm: number,
): LocationFit {
  const cityId = job.location.cityId;
  const inPreferredCity = veteran.preferredCityIds.includes(cityId);
  const home = veteran.residence;
  if (!home) {
    if (veteran.preferredCityIds.length === 0)
      return { fit: FIT_UNKNOWN_HOME, distanceKm: null, reasons: [], vetoes: [] };
    return inPreferredCity
      ? {
          fit: 0.8,
          distanceKm: null,
          reasons: [{ kind: 'preferred-city', polarity: 'match', cityId }],
          vetoes: [],
        }
      : {
          fit: 0,
          distanceKm: null,
          reasons: [],
          vetoes: [{ kind: 'outside-preferred-cities', polarity: 'veto', cityId }],
        };
  }
  const km = Math.round(distanceKm(home, job.location) * 10) / 10;
  const radiusKm = veteran.radiusKm ?? defaultRadiusKm;
  const withinRadius = km <= radiusKm;
  const awayFromHomeCity = cityId !== home.cityId;

  if (veteran.radiusKm !== null && !withinRadius) {
    if (inPreferredCity && awayFromHomeCity) {
      return {
        fit: FIT_IN_PREFERRED_CITY,
        distanceKm: km,
        reasons: [{ kind: 'preferred-city', polarity: 'match', cityId, distanceKm: km }],
        vetoes: [],
      };
    }
    return {
      fit: 0,
      distanceKm: km,
      reasons: [],
      vetoes: [{ kind: 'outside-radius', polarity: 'veto', distanceKm: km, radiusKm: veteran.radiusKm }],
    };
  }
  if (
    veteran.radiusKm === null &&
    veteran.preferredCityIds.length > 0 &&
    !inPreferredCity &&
    awayFromHomeCity
  ) {
    return {
      fit: 0,
      distanceKm: km,
      reasons: [],
      vetoes: [{ kind: 'outside-preferred-cities', polarity: 'veto', cityId, distanceKm: km }],
    };
  }
  const reason = {
    kind: 'distance' as const,
    polarity: 'match' as const,
    distanceKm: km,
    ...(veteran.radiusKm !== null ? { radiusKm: veteran.radiusKm } : {}),
  };
  return { fit: distanceDecay(km, radiusKm), distanceKm: km, reasons: [reason], vetoes: [] };
}

/** 1 on the doorstep, FIT_AT_RADIUS at the radius, then shrinking in proportion beyond it. */
export function distanceDecay(km: number, radiusKm: number): number {
  if (km <= DOORSTEP_KM) return 1;
  if (km <= radiusKm) {
    const span = Math.max(radiusKm - DOORSTEP_KM, 1);
    return 1 - (1 - FIT_AT_RADIUS) * ((km - DOORSTEP_KM) / span);
  }
  return FIT_AT_RADIUS * (radiusKm / km);
}

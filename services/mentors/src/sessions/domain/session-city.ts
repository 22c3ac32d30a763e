import { isKnownCityId } from '@vetlink/taxonomy';

/**
 * The city whose figures a session belongs to, fixed at booking: the veteran's home city, as the
 * profile events told this service (a city bureau counts its own veterans' sessions, wherever the
 * mentor sits); the mentor's city when the veteran's is not known. Only a taxonomy city id is a place:
 * anything else leaves the session without one (its figures then stay under `unknown`).
 */
export function sessionCityOf(veteranCityId: string | undefined, mentorCityId: string): string | undefined {
  return [veteranCityId, mentorCityId].find(
    (cityId): cityId is string => cityId !== undefined && isKnownCityId(cityId),
  );
}

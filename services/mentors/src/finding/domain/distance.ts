import { distanceKm, getCity, getDistrict, GeoPoint } from '@vetlink/taxonomy';

/** Where a mentor meets, as precisely as the profile says: the district's centre, else the city's. */
export function placeOf(place: { cityId: string; districtId?: string }): GeoPoint | undefined {
  const district = place.districtId ? getDistrict(place.districtId) : undefined;
  if (district) return { lat: district.lat, lng: district.lng };
  const city = getCity(place.cityId);
  return city ? { lat: city.lat, lng: city.lng } : undefined;
}

/** Kilometres between a mentor and a place, one decimal; undefined when either is unknown. */
export function kmBetween(
  mentor: { cityId: string; districtId?: string },
  near: { cityId: string; districtId?: string },
): number | undefined {
  const from = placeOf(mentor);
  const to = placeOf(near);
  return from && to ? Math.round(distanceKm(from, to) * 10) / 10 : undefined;
}

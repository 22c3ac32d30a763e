import { getCity, getDistrict } from '@vetlink/taxonomy';
import type { Residence } from './profile';

export interface ResidenceLocation {
  lat: number;
  lng: number;
  precision: 'exact' | 'district' | 'city';
}

/**
 * Where matching measures distances from: the veteran's own coordinates when given, otherwise the
 * centre of their district or city (many prefer not to share an exact home location).
 */
export function locateResidence(residence: Residence): ResidenceLocation {
  if (residence.lat !== null && residence.lng !== null)
    return { lat: residence.lat, lng: residence.lng, precision: 'exact' };
  const district = residence.districtId ? getDistrict(residence.districtId) : undefined;
  if (district) return { lat: district.lat, lng: district.lng, precision: 'district' };
  const city = getCity(residence.cityId);
  if (!city) throw new Error(`unknown city "${residence.cityId}" in a stored residence`);
  return { lat: city.lat, lng: city.lng, precision: 'city' };
}

// The taxonomy's own list of Jiangsu's cities and districts (names in both languages, centres), read
// at build time: the services name places by these ids, and a job's district is required.
import regions from '@vetlink/taxonomy-data/regions.json';

export interface Place {
  id: string;
  zh: string;
  en: string;
  lat: number;
  lng: number;
}

export interface City extends Place {
  districts: Place[];
}

export const CITIES: readonly City[] = (regions as City[]).map((city) => ({
  id: city.id,
  zh: city.zh,
  en: city.en,
  lat: city.lat,
  lng: city.lng,
  districts: city.districts.map(({ id, zh, en, lat, lng }) => ({ id, zh, en, lat, lng })),
}));

const BY_ID = new Map<string, Place>(
  CITIES.flatMap((city) => [[city.id, city], ...city.districts.map((d) => [d.id, d] as const)]),
);

export function placeName(id: string | undefined, locale: string): string {
  if (!id) return '';
  const place = BY_ID.get(id);
  if (!place) return id;
  return locale.startsWith('zh') ? place.zh : place.en;
}

/** A city's name; the same lookup as any place. */
export const cityName = placeName;

export function districtsOf(cityId: string): Place[] {
  return CITIES.find((city) => city.id === cityId)?.districts ?? [];
}

export function placeOf(id: string): Place | undefined {
  return BY_ID.get(id);
}

/** Kilometres as a person reads them: a tenth near home (0.4, not 0), whole ones farther away. */
export function distanceKmLabel(km: number): number {
  return km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
}

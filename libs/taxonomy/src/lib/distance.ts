export interface GeoPoint {
  lat: number;
  lng: number;
}

const EARTH_MEAN_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle (haversine) distance; plenty accurate at the scale of one province. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const halfChord =
    Math.sin(toRadians(b.lat - a.lat) / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(toRadians(b.lng - a.lng) / 2) ** 2;
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.sqrt(halfChord));
}

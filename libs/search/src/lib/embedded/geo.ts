import type { FilterExpression, GeoPoint, SortClause } from '../search-port';

const EARTH_RADIUS_METERS = 6_371_008.8;
const METERS_PER_DEGREE_LATITUDE = (Math.PI * EARTH_RADIUS_METERS) / 180;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

export function haversineMeters(a: GeoPoint, b: GeoPoint): number {
  const halfChord =
    Math.sin(toRadians(b.lat - a.lat) / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(toRadians(b.lng - a.lng) / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.sqrt(Math.min(1, halfChord)));
}

/** The `_geo` point a document carries, if it carries a valid one. */
export function geoPointOf(document: object): GeoPoint | undefined {
  const geo = (document as { _geo?: unknown })._geo;
  if (geo === null || typeof geo !== 'object') return undefined;
  const { lat, lng } = geo as Record<string, unknown>;
  return typeof lat === 'number' && typeof lng === 'number' ? { lat, lng } : undefined;
}

/**
 * A radius test that first rejects points outside the circle's bounding box, which costs two
 * subtractions instead of four trigonometric calls for the many documents far away. It takes the
 * coordinates apart, so that a scan of a point column allocates no object per point.
 */
export function withinRadius(center: GeoPoint, radiusMeters: number): (lat: number, lng: number) => boolean {
  const latSpan = radiusMeters / METERS_PER_DEGREE_LATITUDE;
  const cosLat = Math.cos(toRadians(center.lat));
  const nearPole = Math.abs(center.lat) + latSpan >= 90 || cosLat < 1e-6;
  const lngSpan = nearPole ? 360 : latSpan / cosLat;
  return (lat, lng) => {
    if (Math.abs(lat - center.lat) > latSpan) return false;
    const lngGap = Math.abs(lng - center.lng);
    if (Math.min(lngGap, 360 - lngGap) > lngSpan) return false;
    return haversineMeters(center, { lat, lng }) <= radiusMeters;
  };
}

/** The point distances are reported from: the first geo sort, else the first radius filter (as Meilisearch does). */
export function geoReferenceOf(
  filter: FilterExpression | undefined,
  sort: SortClause[] | undefined,
): GeoPoint | undefined {
  for (const clause of sort ?? []) if ('geoPoint' in clause) return clause.geoPoint;
  return filter ? firstRadiusCenter(filter) : undefined;
}

function firstRadiusCenter(filter: FilterExpression): GeoPoint | undefined {
  if (filter.op === 'geoRadius') return filter.center;
  if (filter.op !== 'and' && filter.op !== 'or') return undefined;
  for (const clause of filter.clauses) {
    const center = firstRadiusCenter(clause);
    if (center) return center;
  }
  return undefined;
}

import { JOB_EMPLOYMENT_TYPES, type JobEmploymentType } from '@vetlink/contracts';
import type { JobForMatching, VeteranForMatching } from '@vetlink/matching-score';
import { distanceKm } from '@vetlink/taxonomy';

/** Kilometres per degree of latitude on the mean-radius sphere the distance uses (6371 km). */
const KM_PER_DEGREE_LATITUDE = (6371 * Math.PI) / 180;
/** Slack for the score's rounding to 0.1 km and any difference in the earth's radius. */
const MARGIN_KM = 1;

/**
 * The jobs of a run as columns of numbers, for the hard requirements that numbers decide: the top of
 * the pay range, the employment type, where the job is. Read before any score, so that a veteran's walk
 * through the jobs that share their skills skips at once what the full score would veto.
 */
export class JobColumns {
  readonly salaryMax: Float64Array;
  readonly employmentType: Uint8Array;
  readonly lat: Float64Array;
  readonly lng: Float64Array;
  readonly cityIds: readonly string[];

  constructor(jobs: readonly JobForMatching[]) {
    this.salaryMax = Float64Array.from(jobs, ({ salary }) => salary.max);
    this.employmentType = Uint8Array.from(jobs, ({ employmentType }) => employmentTypeBit(employmentType));
    this.lat = Float64Array.from(jobs, ({ location }) => location.lat);
    this.lng = Float64Array.from(jobs, ({ location }) => location.lng);
    this.cityIds = jobs.map(({ location }) => location.cityId);
  }
}

/**
 * A veteran's hard requirements as a test of one job's columns. Never stricter than the score: a job
 * it turns away is one `meetsHardRequirements` would veto (pay top below the floor, a type not wanted,
 * beyond the radius or outside the named cities); a job it lets through may still be vetoed there
 * (licences, and the distance's exact edge), which the caller checks on the few it keeps.
 */
export function hardGate(veteran: VeteranForMatching, columns: JobColumns): (position: number) => boolean {
  const floor = veteran.minimumMonthlySalary;
  const wanted =
    veteran.employmentTypes.length === 0
      ? 0xff
      : veteran.employmentTypes.reduce((mask, type) => mask | employmentTypeBit(type), 0);
  const place = placeTest(veteran, new Set(veteran.preferredCityIds), columns);
  return (position) =>
    (floor === null || columns.salaryMax[position] >= floor) &&
    (columns.employmentType[position] & wanted) !== 0 &&
    place(position);
}

/** The location vetoes of the score (see locationFit), conservatively. */
function placeTest(
  veteran: VeteranForMatching,
  preferred: ReadonlySet<string>,
  columns: JobColumns,
): (position: number) => boolean {
  const home = veteran.residence;
  // Home unknown: only named cities veto.
  if (!home)
    return preferred.size === 0 ? () => true : (position) => preferred.has(columns.cityIds[position]);
  const radiusKm = veteran.radiusKm;
  if (radiusKm === null) {
    // No radius: only named cities veto (the home city always counts).
    if (preferred.size === 0) return () => true;
    return (position) =>
      preferred.has(columns.cityIds[position]) || columns.cityIds[position] === home.cityId;
  }
  const reachKm = radiusKm + MARGIN_KM;
  const reachDegrees = reachKm / KM_PER_DEGREE_LATITUDE;
  return (position) => {
    const city = columns.cityIds[position];
    // Beyond the radius is allowed in a named city other than home.
    if (city !== home.cityId && preferred.has(city)) return true;
    // A latitude gap alone already puts it out of reach (the distance is at least that far).
    if (Math.abs(columns.lat[position] - home.lat) > reachDegrees) return false;
    return distanceKm(home, { lat: columns.lat[position], lng: columns.lng[position] }) <= reachKm;
  };
}

function employmentTypeBit(type: JobEmploymentType): number {
  const index = JOB_EMPLOYMENT_TYPES.indexOf(type);
  // An unknown type (a newer vocabulary) matches only veterans who named no type, as the score does.
  return index === -1 ? 0x80 : 1 << index;
}

import type { JobSeekingStatus } from '@vetlink/contracts';
import type { FilterExpression } from '@vetlink/search';
import { certificatesCovered, listEntries } from '@vetlink/taxonomy';
import {
  acceptableEmploymentTypes,
  type JobForMatching,
  type VeteranForMatching,
  skillIdsScoredFor,
} from '@vetlink/matching-score';
import { ANY, NO_RADIUS_BAND, RADIUS_BANDS_KM } from './search-documents';

/**
 * Candidate generation: what the search engine can rule out cheaply before the domain score looks at
 * each candidate. `with-evidence` also asks for a skill or occupation in common (taxonomy evidence);
 * `within-reach` only for the hard requirements, so that a job whose skills mapped to nothing can still
 * be found by its text (the ranking takes the union of both). Every filter here is a superset of what the score's vetoes allow (the score decides),
 * so no fitting pair is lost: open status, place (radius or cities), acceptable employment types,
 * salary floor, required certificates, and some overlap of skills or occupation.
 */
export function jobsForVeteranFilter(
  veteran: VeteranForMatching,
  candidates: 'with-evidence' | 'within-reach' = 'with-evidence',
): FilterExpression {
  const clauses: FilterExpression[] = [{ op: 'eq', field: 'status', value: 'open' }];
  const place = placeOfWork(veteran);
  if (place) clauses.push(place);
  const types = acceptableEmploymentTypes(veteran.employmentTypes);
  if (types) clauses.push({ op: 'in', field: 'employmentType', values: types });
  if (veteran.minimumMonthlySalary !== null) {
    clauses.push({ op: 'gte', field: 'salaryMax', value: veteran.minimumMonthlySalary });
  }
  const covered = certificatesCovered(veteran.certificateIds);
  const missing = listEntries('certificate')
    .map((certificate) => certificate.id)
    .filter((id) => !covered.has(id));
  if (missing.length > 0) {
    clauses.push({ op: 'not', clause: { op: 'in', field: 'requiredCertificateIds', values: missing } });
  }
  const relevance = candidates === 'with-evidence' ? veteranRelevance(veteran) : undefined;
  if (relevance) clauses.push(relevance);
  return { op: 'and', clauses };
}

/**
 * The score rounds a distance to 0.1 km before comparing it with the radius, so a job 10.04 km away is
 * within a 10 km radius: the geo filters reach that much farther, to stay a superset of the score.
 */
const ROUNDING_MARGIN_METERS = 50;

/** Jobs within the veteran's radius of home, or in a city they named (and the home city when no radius). */
function placeOfWork(veteran: VeteranForMatching): FilterExpression | undefined {
  const home = veteran.residence;
  const cities = veteran.preferredCityIds;
  if (home && veteran.radiusKm !== null) {
    const near: FilterExpression = {
      op: 'geoRadius',
      center: { lat: home.lat, lng: home.lng },
      radiusMeters: veteran.radiusKm * 1000 + ROUNDING_MARGIN_METERS,
    };
    return cities.length > 0
      ? { op: 'or', clauses: [near, { op: 'in', field: 'cityId', values: [...cities] }] }
      : near;
  }
  if (cities.length === 0) return undefined;
  return { op: 'in', field: 'cityId', values: home ? [...new Set([...cities, home.cityId])] : [...cities] };
}

function veteranRelevance(veteran: VeteranForMatching): FilterExpression | undefined {
  const skillIds = [
    ...new Set([...veteran.derivedSkills, ...veteran.declaredSkills].map((skill) => skill.skillId)),
  ];
  const occupationIds = [
    ...new Set([
      ...veteran.derivedOccupations.map((occupation) => occupation.occupationId),
      ...veteran.desiredOccupationIds,
    ]),
  ];
  const clauses: FilterExpression[] = [];
  if (skillIds.length > 0) clauses.push({ op: 'in', field: 'skillIds', values: skillIds });
  if (occupationIds.length > 0) clauses.push({ op: 'in', field: 'occupationId', values: occupationIds });
  return clauses.length > 0 ? { op: 'or', clauses } : undefined;
}

/**
 * The other direction: veterans (in the given job-seeking statuses) whose own radius reaches the job,
 * or who named its city, or who set no radius; who would take its employment type; whose minimum it
 * can pay; who hold every required certificate; and who have one of its skills or its occupation.
 */
export function veteransForJobFilter(
  job: JobForMatching,
  statuses: readonly JobSeekingStatus[],
): FilterExpression {
  const center = { lat: job.location.lat, lng: job.location.lng };
  const reach: FilterExpression = {
    op: 'or',
    clauses: [
      ...RADIUS_BANDS_KM.map((band): FilterExpression => ({
        op: 'and',
        clauses: [
          { op: 'eq', field: 'radiusBandKm', value: band },
          { op: 'geoRadius', center, radiusMeters: band * 1000 + ROUNDING_MARGIN_METERS },
        ],
      })),
      { op: 'eq', field: 'radiusBandKm', value: NO_RADIUS_BAND },
      { op: 'eq', field: 'preferredCityIds', value: job.location.cityId },
    ],
  };
  const skillIds = skillIdsScoredFor(job);
  const relevance: FilterExpression[] = [{ op: 'eq', field: 'occupationIds', value: job.occupationId }];
  if (skillIds.length > 0) relevance.push({ op: 'in', field: 'skillIds', values: skillIds });
  return {
    op: 'and',
    clauses: [
      { op: 'in', field: 'jobSeekingStatus', values: [...statuses] },
      reach,
      { op: 'in', field: 'employmentTypes', values: [job.employmentType, ANY] },
      { op: 'lte', field: 'minimumMonthlySalary', value: job.salary.max },
      ...job.requiredCertificates.map((id): FilterExpression => ({
        op: 'eq',
        field: 'coveredCertificateIds',
        value: id,
      })),
      { op: 'or', clauses: relevance },
    ],
  };
}

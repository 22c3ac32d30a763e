import { veteranProfileSnapshotSchema } from '@vetlink/contracts';
import type { VeteranForMatching } from '@vetlink/matching-score';

/** What the digest can score, read from a stored profile snapshot, and which fields had to be repaired. */
export interface MatchingInputs {
  veteran: VeteranForMatching;
  /** Names of the fields that were malformed and replaced by a safe value (empty when none). */
  repaired: string[];
}

const field = veteranProfileSnapshotSchema.shape;

/**
 * The edge between the stored read model and the score. A snapshot that passed the event contract
 * reads back as written; one written by an older or faulty version (a list that is not a list, an
 * entry missing its id, a radius that is not a number) is repaired field by field rather than crash a
 * digest ("declaredSkills is not iterable"): a malformed list keeps its well-formed entries (none when
 * it is not a list), anything else falls back to the value that asks least of the veteran (no radius,
 * no pay floor, unknown home). Null when not even the veteran's id can be read.
 */
export function matchingInputsOf(stored: unknown): MatchingInputs | null {
  const snapshot = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const veteranId = field.veteranId.safeParse(snapshot['veteranId']);
  if (!veteranId.success) return null;
  const repaired: string[] = [];
  const read = <T>(name: string, parsed: { success: true; data: T } | { success: false }, fallback: T): T => {
    if (parsed.success) return parsed.data;
    repaired.push(name);
    return fallback;
  };
  const list = <T>(
    name: string,
    element: { safeParse(value: unknown): { success: boolean; data?: T } },
  ): T[] => {
    const value = snapshot[name];
    if (!Array.isArray(value)) {
      repaired.push(name);
      return [];
    }
    const kept = value.flatMap((entry) => {
      const parsed = element.safeParse(entry);
      return parsed.success ? [parsed.data as T] : [];
    });
    if (kept.length !== value.length) repaired.push(name);
    return kept;
  };
  const veteran: VeteranForMatching = {
    veteranId: veteranId.data,
    displayName: read('displayName', field.displayName.safeParse(snapshot['displayName']), ''),
    residence: residenceOf(snapshot['residence'], repaired),
    declaredSkills: list('declaredSkills', field.declaredSkills.element).map(
      ({ skillId, level, verified }) => ({
        skillId,
        level,
        verified,
      }),
    ),
    derivedSkills: list('derivedSkills', field.derivedSkills.element).map(({ skillId, strength, from }) => ({
      skillId,
      strength,
      from: from.map(({ kind, id }) => ({ kind, id })),
    })),
    derivedOccupations: list('derivedOccupations', field.derivedOccupations.element).map(
      ({ occupationId, strength, from }) => ({
        occupationId,
        strength,
        from: from.map(({ kind, id }) => ({ kind, id })),
      }),
    ),
    seniorityBand: read('seniorityBand', field.seniorityBand.safeParse(snapshot['seniorityBand']), 'entry'),
    certificateIds: list('certificateIds', field.certificateIds.element),
    desiredOccupationIds: list('desiredOccupationIds', field.desiredOccupationIds.element),
    preferredCityIds: list('preferredCityIds', field.preferredCityIds.element),
    radiusKm: read('radiusKm', field.radiusKm.safeParse(snapshot['radiusKm']), null),
    minimumMonthlySalary: read(
      'minimumMonthlySalary',
      field.minimumMonthlySalary.safeParse(snapshot['minimumMonthlySalary']),
      null,
    ),
    employmentTypes: list('employmentTypes', field.employmentTypes.element),
    jobSeekingStatus: read(
      'jobSeekingStatus',
      field.jobSeekingStatus.safeParse(snapshot['jobSeekingStatus']),
      'open',
    ),
  };
  return { veteran, repaired };
}

/** Home as the score reads it; `precision` is not needed, so a snapshot without it still has a home. */
function residenceOf(value: unknown, repaired: string[]): VeteranForMatching['residence'] {
  if (value === null) return null;
  const home = (typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const cityId = field.residence.unwrap().shape.cityId.safeParse(home['cityId']);
  const districtId = field.residence.unwrap().shape.districtId.safeParse(home['districtId'] ?? null);
  const { lat, lng } = home;
  const coordinates =
    typeof lat === 'number' && typeof lng === 'number' && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
  if (!cityId.success || !districtId.success || !coordinates) {
    repaired.push('residence');
    return null;
  }
  return { cityId: cityId.data, districtId: districtId.data, lat, lng };
}

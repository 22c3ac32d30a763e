import { CivilianProfile, translateServiceRecord } from '@vetlink/taxonomy';
import type { ProfileContent } from '../profile/profile';

export type CivilianSources = Pick<ProfileContent, 'serviceRecord' | 'trainingIds' | 'certificateIds'>;

/** The veteran's service, trainings and certificates in civilian terms (the taxonomy's crosswalk). */
export function translateProfile(sources: CivilianSources): CivilianProfile {
  const record = sources.serviceRecord;
  return translateServiceRecord({
    specialties: record?.specialtyIds ?? [],
    ...(record?.rankId ? { rankId: record.rankId } : {}),
    roles: record?.roleIds ?? [],
    trainings: sources.trainingIds,
    certificates: sources.certificateIds,
  });
}

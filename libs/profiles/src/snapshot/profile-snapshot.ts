import {
  PROFILE_SNAPSHOT_FIELDS,
  PROFILE_TIME_ZONE,
  ProfileSnapshotField,
  TypedTermSource,
  VeteranProfileSnapshot,
} from '@vetlink/contracts';
import { isDeepStrictEqual } from 'node:util';
import { translateProfile } from '../civilian/civilian-translation';
import { assessCompleteness } from '../completeness/completeness';
import { maskedDisplayName } from '../profile/display-name';
import { VeteranProfile } from '../profile/profile';
import { locateResidence } from '../profile/residence-location';

/**
 * What other services learn about a profile (the payload of profile-created and profile-updated).
 * Built field by field from an allow-list: the ID number and the phone are never read here.
 */
export function buildProfileSnapshot(profile: VeteranProfile): VeteranProfileSnapshot {
  const civilian = translateProfile(profile);
  const { residence, serviceRecord, preferences, notificationPreferences } = profile;
  return {
    veteranId: profile.veteranId,
    revision: profile.revision,
    displayName: maskedDisplayName(profile.identity.fullName),
    residence: residence && {
      cityId: residence.cityId,
      districtId: residence.districtId,
      ...locateResidence(residence),
    },
    serviceRecord: serviceRecord && {
      branch: serviceRecord.branch,
      specialtyIds: serviceRecord.specialtyIds,
      rankId: serviceRecord.rankId,
      roleIds: serviceRecord.roleIds,
      yearsServed: serviceRecord.yearsServed,
      dischargeDate: serviceRecord.dischargeDate,
    },
    declaredSkills: profile.skills.map((skill) => ({
      skillId: skill.skillId,
      level: skill.level,
      verified: skill.verification !== null,
    })),
    derivedSkills: civilian.derivedSkills,
    derivedOccupations: civilian.occupations,
    seniorityBand: civilian.seniorityBand,
    certificateIds: profile.certificateIds,
    trainingIds: profile.trainingIds,
    education: profile.education && { level: profile.education.level, major: profile.education.major },
    desiredOccupationIds: preferences.desiredOccupationIds,
    typedTerms: typedTermsOf(profile),
    preferredCityIds: preferences.preferredCityIds,
    radiusKm: preferences.radiusKm,
    minimumMonthlySalary: preferences.minimumMonthlySalary,
    employmentTypes: preferences.employmentTypes,
    jobSeekingStatus: profile.jobSeekingStatus,
    notificationPreferences: {
      channels: notificationPreferences.channels,
      weeklyDigest: notificationPreferences.weeklyDigest,
      quietHours: notificationPreferences.quietHours && {
        ...notificationPreferences.quietHours,
        timeZone: PROFILE_TIME_ZONE,
      },
    },
    completeness: assessCompleteness(profile).score,
    updatedAt: profile.updatedAt.toISOString(),
  };
}

function typedTermsOf(profile: VeteranProfile): { source: TypedTermSource; text: string }[] {
  const of = (source: TypedTermSource, texts: readonly string[] | undefined) =>
    (texts ?? []).map((text) => ({ source, text }));
  return [
    ...of('specialty', profile.serviceRecord?.specialtyTexts),
    ...of('desired', profile.preferences.desiredOccupationTexts),
    ...of('training', profile.trainingTexts),
  ];
}

/** The snapshot fields whose values differ; empty when other services would see no change. */
export function changedSnapshotFields(
  before: VeteranProfileSnapshot,
  after: VeteranProfileSnapshot,
): ProfileSnapshotField[] {
  return PROFILE_SNAPSHOT_FIELDS.filter((field) => !isDeepStrictEqual(before[field], after[field]));
}

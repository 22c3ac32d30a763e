import { PROFILE_TIME_ZONE, type VeteranProfileSnapshot } from '@vetlink/contracts';
import { getCity, getDistrict, translateServiceRecord } from '@vetlink/taxonomy';
import type { NotificationPreferencesBody, SaveProfileBody } from '../api-bodies';
import type { DemoVeteran } from '../veterans/generate-veterans';

export interface ProfileSnapshotOptions {
  /** Default: the veteran's user id. */
  veteranId?: string;
  /** Default 1: a freshly created profile. */
  revision?: number;
  /** Default: the veteran's profileUpdatedAt. */
  updatedAt?: string;
}

/** What skills-profiles stores when a veteran says nothing about notifications. */
const DEFAULT_NOTIFICATIONS: NotificationPreferencesBody = {
  channels: ['in-app'],
  weeklyDigest: true,
  quietHours: { start: '22:00', end: '08:00' },
};

/**
 * The payload of profiles.profile-created for the veteran's profile, built as skills-profiles builds
 * it (services/skills-profiles profile-snapshot.ts): masked name, residence located, civilian skills
 * and occupations derived with the taxonomy's crosswalk, completeness scored; never the ID number or
 * phone. For benchmarks and read models that skip the HTTP API.
 */
export function toProfileSnapshot(
  veteran: DemoVeteran,
  options: ProfileSnapshotOptions = {},
): VeteranProfileSnapshot {
  const { body } = veteran;
  const record = body.serviceRecord;
  const civilian = translateServiceRecord({
    specialties: record?.specialtyIds ?? [],
    ...(record?.rankId ? { rankId: record.rankId } : {}),
    roles: record?.roleIds ?? [],
    trainings: body.trainingIds,
    certificates: body.certificateIds,
  });
  const notifications = body.notificationPreferences ?? DEFAULT_NOTIFICATIONS;
  return {
    veteranId: options.veteranId ?? veteran.userId,
    revision: options.revision ?? 1,
    displayName: maskedDisplayName(body.identity.fullName),
    residence: body.residence && {
      cityId: body.residence.cityId,
      districtId: body.residence.districtId,
      ...locateResidence(body.residence),
    },
    serviceRecord: record && {
      branch: record.branch,
      specialtyIds: [...record.specialtyIds],
      rankId: record.rankId,
      roleIds: [...record.roleIds],
      yearsServed: record.yearsServed,
      dischargeDate: record.dischargeDate,
    },
    declaredSkills: body.skills.map((skill) => ({
      skillId: skill.skillId,
      level: skill.level,
      verified: false,
    })),
    derivedSkills: civilian.derivedSkills,
    derivedOccupations: civilian.occupations,
    seniorityBand: civilian.seniorityBand,
    certificateIds: [...body.certificateIds],
    trainingIds: [...body.trainingIds],
    education: body.education && { level: body.education.level, major: body.education.major },
    desiredOccupationIds: [...body.preferences.desiredOccupationIds],
    preferredCityIds: [...body.preferences.preferredCityIds],
    radiusKm: body.preferences.radiusKm,
    minimumMonthlySalary: body.preferences.minimumMonthlySalary,
    employmentTypes: [...body.preferences.employmentTypes],
    jobSeekingStatus: body.jobSeekingStatus,
    notificationPreferences: {
      channels: [...notifications.channels],
      weeklyDigest: notifications.weeklyDigest,
      quietHours: notifications.quietHours && { ...notifications.quietHours, timeZone: PROFILE_TIME_ZONE },
    },
    completeness: profileCompleteness(body),
    updatedAt: options.updatedAt ?? veteran.profileUpdatedAt,
  };
}

/** 张三丰 → 张**, by characters. */
export function maskedDisplayName(fullName: string): string {
  const characters = [...fullName.trim()];
  if (characters.length <= 1) return '*';
  return `${characters[0]}${'*'.repeat(characters.length - 1)}`;
}

function locateResidence(residence: NonNullable<SaveProfileBody['residence']>): {
  lat: number;
  lng: number;
  precision: 'exact' | 'district' | 'city';
} {
  if (residence.lat !== null && residence.lng !== null)
    return { lat: residence.lat, lng: residence.lng, precision: 'exact' };
  const district = residence.districtId ? getDistrict(residence.districtId) : undefined;
  if (district) return { lat: district.lat, lng: district.lng, precision: 'district' };
  const city = getCity(residence.cityId);
  if (!city) throw new Error(`unknown city "${residence.cityId}"`);
  return { lat: city.lat, lng: city.lng, precision: 'city' };
}

/**
 * The completeness score of skills-profiles (services/skills-profiles completeness.ts), item by item
 * with the same points; keep the two in step.
 */
const COMPLETENESS_CHECKS: readonly (readonly [number, (body: SaveProfileBody) => boolean])[] = [
  [15, (body) => (body.serviceRecord?.specialtyIds.length ?? 0) > 0],
  [10, (body) => body.serviceRecord !== null],
  [10, (body) => body.residence !== null],
  [10, (body) => body.preferences.desiredOccupationIds.length > 0],
  [10, (body) => body.skills.length > 0],
  [10, (body) => Boolean(body.identity.fullName && body.identity.idNumber && body.identity.phone)],
  [5, (body) => body.preferences.employmentTypes.length > 0],
  [5, (body) => body.preferences.minimumMonthlySalary !== null],
  [5, (body) => body.preferences.preferredCityIds.length > 0 || body.preferences.radiusKm !== null],
  [5, (body) => Boolean(body.serviceRecord?.rankId)],
  [5, (body) => body.education !== null],
  [5, (body) => body.certificateIds.length > 0],
  [5, (body) => body.trainingIds.length > 0],
];

export function profileCompleteness(body: SaveProfileBody): number {
  return COMPLETENESS_CHECKS.reduce((score, [points, isDone]) => score + (isDone(body) ? points : 0), 0);
}

import type { Schemas } from '../api/client';
import { placeOf } from './places';
import type { TermKind } from './profile-terms';
import { textOfCertificateId } from './profile-terms';

type FullProfile = Schemas['skills-profiles.FullProfileDto_Output'];
/** The profile as GET /profiles/me answers it, typed names beside the ids. */
export type StoredProfile = FullProfile;
export type SaveProfileBody = Schemas['skills-profiles.SaveProfileBody'];
type ServiceRecordBody = NonNullable<SaveProfileBody['serviceRecord']>;
export type Branch = ServiceRecordBody['branch'];
export type JobSeekingStatus = FullProfile['jobSeekingStatus'];

export const BRANCHES: readonly Branch[] = [
  'army',
  'navy',
  'air-force',
  'rocket-force',
  'armed-police',
  'strategic-support',
  'joint-logistics',
];
export const JOB_SEEKING_STATUSES: readonly JobSeekingStatus[] = ['actively-looking', 'open', 'employed'];
/** A skill picked without saying how well: "can do it on one's own" (3 of 5). */
export const DEFAULT_SKILL_LEVEL = 3;

/**
 * What the wizard edits, field by field. Picked terms are ids; typed names the taxonomy did not know
 * are kept as typed beside them (the profile keeps and matches them too).
 */
export interface ProfileDraft {
  fullName: string;
  idNumber: string;
  phone: string;
  cityId: string;
  districtId: string;
  branch: Branch | '';
  /** Military specialties and posts held (a post such as 班长 is a role). */
  serviceTermIds: string[];
  serviceTexts: string[];
  yearsServed: number;
  dischargeDate: string;
  skillIds: string[];
  skillLevels: Record<string, number>;
  certificateIds: string[];
  certificateTexts: string[];
  trainingIds: string[];
  trainingTexts: string[];
  desiredOccupationIds: string[];
  desiredOccupationTexts: string[];
  preferredCityIds: string[];
  radiusKm: number;
  minimumMonthlySalary: number;
  jobSeekingStatus: JobSeekingStatus;
}

export type DraftField = keyof ProfileDraft;

/** The draft of a stored profile, or an empty one for a veteran who has none yet. */
export function draftOf(profile: StoredProfile | undefined): ProfileDraft {
  const record = profile?.serviceRecord;
  const certificates = profile?.certificateIds ?? [];
  return {
    fullName: profile?.identity.fullName ?? '',
    idNumber: profile?.identity.idNumber ?? '',
    phone: profile?.identity.phone ?? '',
    cityId: profile?.residence?.cityId ?? '',
    districtId: profile?.residence?.districtId ?? '',
    branch: record?.branch ?? '',
    serviceTermIds: [...(record?.specialtyIds ?? []), ...(record?.roleIds ?? [])],
    serviceTexts: [...(record?.specialtyTexts ?? [])],
    yearsServed: record?.yearsServed ?? 2,
    dischargeDate: record?.dischargeDate ?? '',
    skillIds: (profile?.skills ?? []).map((skill) => skill.skillId),
    skillLevels: Object.fromEntries((profile?.skills ?? []).map((skill) => [skill.skillId, skill.level])),
    certificateIds: certificates.filter((id) => textOfCertificateId(id) === undefined),
    certificateTexts: certificates.flatMap((id) => textOfCertificateId(id) ?? []),
    trainingIds: [...(profile?.trainingIds ?? [])],
    trainingTexts: [...(profile?.trainingTexts ?? [])],
    desiredOccupationIds: [...(profile?.preferences.desiredOccupationIds ?? [])],
    desiredOccupationTexts: [...(profile?.preferences.desiredOccupationTexts ?? [])],
    preferredCityIds: [...(profile?.preferences.preferredCityIds ?? [])],
    radiusKm: profile?.preferences.radiusKm ?? 30,
    minimumMonthlySalary: profile?.preferences.minimumMonthlySalary ?? 0,
    jobSeekingStatus: profile?.jobSeekingStatus ?? 'actively-looking',
  };
}

/** The kind of each id of a stored profile's specialties and posts (the two share one picker). */
export function serviceTermKinds(profile: StoredProfile | undefined): [string, TermKind][] {
  return [
    ...(profile?.serviceRecord?.specialtyIds ?? []).map((id): [string, TermKind] => [id, 'specialty']),
    ...(profile?.serviceRecord?.roleIds ?? []).map((id): [string, TermKind] => [id, 'role']),
  ];
}

/**
 * The whole profile to PUT: the draft, and what the wizard does not edit (rank, awards, education,
 * employment types) as stored. Typed names go as typed: skills-profiles resolves them once more and
 * keeps what it does not know. The home's coordinates are the district's (or city's) centre unless the
 * stored ones are for the same place.
 */
export function saveBodyOf(
  draft: ProfileDraft,
  kindOf: (id: string) => TermKind | undefined,
  stored?: StoredProfile,
): SaveProfileBody {
  const record = stored?.serviceRecord;
  return {
    identity: { fullName: draft.fullName.trim(), idNumber: draft.idNumber.trim(), phone: draft.phone.trim() },
    residence: residenceOf(draft, stored),
    serviceRecord: draft.branch
      ? {
          branch: draft.branch,
          specialtyIds: draft.serviceTermIds.filter(
            (id) => kindOf(id) !== 'role',
          ) as ServiceRecordBody['specialtyIds'],
          roleIds: draft.serviceTermIds.filter((id) => kindOf(id) === 'role') as ServiceRecordBody['roleIds'],
          specialties: draft.serviceTexts,
          rankId: (record?.rankId ?? null) as ServiceRecordBody['rankId'],
          yearsServed: draft.yearsServed,
          dischargeDate: draft.dischargeDate,
          awards: record?.awards ?? [],
        }
      : null,
    skills: draft.skillIds.map((skillId) => ({
      skillId,
      level: draft.skillLevels[skillId] ?? DEFAULT_SKILL_LEVEL,
    })) as SaveProfileBody['skills'],
    certificateIds: draft.certificateIds as SaveProfileBody['certificateIds'],
    certificates: draft.certificateTexts,
    trainingIds: draft.trainingIds as SaveProfileBody['trainingIds'],
    trainings: draft.trainingTexts,
    education: stored?.education ?? null,
    preferences: {
      desiredOccupationIds:
        draft.desiredOccupationIds as SaveProfileBody['preferences']['desiredOccupationIds'],
      desiredOccupations: draft.desiredOccupationTexts,
      preferredCityIds: draft.preferredCityIds as SaveProfileBody['preferences']['preferredCityIds'],
      radiusKm: draft.radiusKm,
      minimumMonthlySalary: draft.minimumMonthlySalary > 0 ? draft.minimumMonthlySalary : null,
      employmentTypes: stored?.preferences.employmentTypes ?? [],
    },
    jobSeekingStatus: draft.jobSeekingStatus,
  };
}

function residenceOf(draft: ProfileDraft, stored?: StoredProfile): SaveProfileBody['residence'] {
  if (!draft.cityId) return null;
  const districtId = draft.districtId || null;
  const home = stored?.residence;
  const here = home?.cityId === draft.cityId && home.districtId === districtId ? home : undefined;
  const centre = placeOf(districtId ?? draft.cityId);
  return {
    cityId: draft.cityId as NonNullable<SaveProfileBody['residence']>['cityId'],
    districtId: districtId as NonNullable<SaveProfileBody['residence']>['districtId'],
    lat: here ? here.lat : (centre?.lat ?? null),
    lng: here ? here.lng : (centre?.lng ?? null),
  };
}

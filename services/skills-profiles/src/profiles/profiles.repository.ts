import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { JobSeekingStatus } from '@vetlink/contracts';
import { AggregateWriter, OutboxRelayHost, PendingEvent } from '@vetlink/messaging';
import { findPage, KeysetOrder, Page, createIndexesAtStartup } from '@vetlink/persistence';
import { CourseCompletion, DeclaredSkill, VerificationSource, VeteranProfile } from '@vetlink/profiles';
import { FilterQuery, Model } from 'mongoose';
import type { ConsentEntry } from '../consents/domain/consent-log';
import { IdentityProtector } from '../personal-data/identity-protector';
import { isUniqueIndexViolation } from '../shared/unique-violation';
import { IdNumberTakenError, ProfileErasedError, ProfileExistsError } from './profile-errors';
import {
  ErasedProfileRecord,
  PROFILE_MODEL,
  ProfileRecord,
  StoredSkill,
  StoredVerificationSource,
} from './profile.schema';

export interface ProfileFilter {
  cityId?: string;
  districtId?: string;
  jobSeekingStatus?: JobSeekingStatus;
  specialtyId?: string;
  skillId?: string;
  certificateId?: string;
  trainingId?: string;
  desiredOccupationId?: string;
}

const NEWEST_FIRST: KeysetOrder = { field: 'createdAt', direction: 'desc' };

/** Everything of a profile but its id, revision and times: gone when it is erased. */
const ERASED_FIELDS = [
  'residence',
  'serviceRecord',
  'skills',
  'certificateIds',
  'trainingIds',
  'trainingTexts',
  'education',
  'preferences',
  'jobSeekingStatus',
  'notificationPreferences',
  'courseCompletions',
  'consentLog',
] as const;

/** Profiles in MongoDB: identities encrypted on the way in and decrypted on the way out. */
@Injectable()
export class ProfilesRepository implements OnModuleInit {
  private readonly writer: AggregateWriter<ProfileRecord>;

  constructor(
    @InjectModel(PROFILE_MODEL) private readonly profiles: Model<ProfileRecord>,
    private readonly identities: IdentityProtector,
    outbox: OutboxRelayHost,
  ) {
    this.writer = outbox.writerFor(profiles);
  }

  async onModuleInit() {
    await createIndexesAtStartup([() => this.profiles.createIndexes()]);
  }

  /** Undefined for no profile and for an erased one alike. */
  async findById(veteranId: string): Promise<VeteranProfile | undefined> {
    const record = await this.profiles.findById(veteranId).lean<ProfileRecord>();
    return record && !record.erasedAt ? this.toProfile(record) : undefined;
  }

  async isErased(veteranId: string): Promise<boolean> {
    const record = await this.profiles.findById(veteranId).select('erasedAt').lean<ProfileRecord>();
    return Boolean(record?.erasedAt);
  }

  /** The veteran's consent decisions, oldest first (empty for no profile or an erased one). */
  async consentLog(veteranId: string): Promise<ConsentEntry[]> {
    const record = await this.profiles.findById(veteranId).select('consentLog').lean<ProfileRecord>();
    return record?.consentLog ?? [];
  }

  async findByIdNumber(idNumber: string): Promise<VeteranProfile | undefined> {
    const record = await this.profiles
      .findOne({ 'identity.idNumberIndex': this.identities.idNumberIndex(idNumber) })
      .lean<ProfileRecord>();
    return record ? this.toProfile(record) : undefined;
  }

  /** The profile, its first consent decisions and its creation event in one insert, announced to the outbox relay. */
  async insert(
    profile: VeteranProfile,
    events: readonly PendingEvent[],
    consents: readonly ConsentEntry[],
  ): Promise<void> {
    try {
      await this.writer.insert({ ...this.toRecord(profile), consentLog: [...consents] }, events);
    } catch (error) {
      if (!isUniqueIndexViolation(error)) throw error;
      // The server does not say which unique index refused it; only the id index or the ID number's can.
      if (await this.isErased(profile.veteranId)) throw new ProfileErasedError();
      if (await this.profiles.exists({ _id: profile.veteranId }))
        throw new ProfileExistsError(profile.veteranId);
      throw new IdNumberTakenError();
    }
  }

  /**
   * Writes the new state and its events in one update, only if the stored revision is still the one
   * the change was based on. False when someone else wrote in between (nothing is written then).
   * (updateOne rather than findOneAndUpdate: FerretDB 1.x cannot project findAndModify results,
   * and the new state is already known.)
   */
  async replace(
    basedOnRevision: number,
    profile: VeteranProfile,
    events: readonly PendingEvent[],
    consents: readonly ConsentEntry[],
  ): Promise<boolean> {
    const { _id, createdAt: _createdAt, ...fields } = this.toRecord(profile);
    const update = consents.length
      ? { $set: fields, $push: { consentLog: { $each: [...consents] } } }
      : { $set: fields };
    try {
      return await this.writer.updateOne({ _id, revision: basedOnRevision }, update, events);
    } catch (error) {
      if (isUniqueIndexViolation(error)) throw new IdNumberTakenError();
      throw error;
    }
  }

  /**
   * Turns the profile into an ErasedProfileRecord and queues the erasure event behind any event still
   * waiting in the same document, so it is the last of the veteran's key. False when the profile moved
   * on since `basedOnRevision` (nothing is written then).
   */
  async erase(basedOnRevision: number, erased: ErasedProfileRecord, event: PendingEvent): Promise<boolean> {
    const { _id, ...kept } = erased;
    const forgotten = Object.fromEntries(ERASED_FIELDS.map((field) => [field, 1]));
    return this.writer.updateOne({ _id, revision: basedOnRevision }, { $set: kept, $unset: forgotten }, [
      event,
    ]);
  }

  /** Newest profiles first, by keyset pages. */
  async list(filter: ProfileFilter, limit: number, cursor?: string): Promise<Page<VeteranProfile>> {
    return findPage(this.profiles, [{ erasedAt: { $exists: false } }, ...conditionsOf(filter)], {
      order: NEWEST_FIRST,
      limit,
      cursor,
      toItem: (record) => this.toProfile(record),
    });
  }

  private toRecord(profile: VeteranProfile): ProfileRecord {
    const { veteranId, identity, skills, ...fields } = profile;
    return {
      _id: veteranId,
      ...fields,
      identity: this.identities.protect(veteranId, identity),
      skills: skills.map(toStoredSkill),
    };
  }

  /** Field by field, so that a profile read back equals the one written (change detection relies on it). */
  private toProfile(record: ProfileRecord): VeteranProfile {
    const {
      residence,
      serviceRecord,
      education,
      preferences,
      notificationPreferences: notifications,
    } = record;
    return {
      veteranId: record._id,
      revision: record.revision,
      identity: this.identities.reveal(record._id, record.identity),
      residence: residence && {
        cityId: residence.cityId,
        districtId: residence.districtId,
        lat: residence.lat,
        lng: residence.lng,
      },
      serviceRecord: serviceRecord && {
        branch: serviceRecord.branch,
        specialtyIds: serviceRecord.specialtyIds,
        specialtyTexts: serviceRecord.specialtyTexts ?? [],
        rankId: serviceRecord.rankId,
        roleIds: serviceRecord.roleIds,
        yearsServed: serviceRecord.yearsServed,
        dischargeDate: serviceRecord.dischargeDate,
        awards: serviceRecord.awards,
      },
      skills: record.skills.map(toDeclaredSkill),
      certificateIds: record.certificateIds,
      trainingIds: record.trainingIds,
      trainingTexts: record.trainingTexts ?? [],
      education: education && {
        level: education.level,
        major: education.major,
        institution: education.institution,
        graduationYear: education.graduationYear,
      },
      preferences: {
        desiredOccupationIds: preferences.desiredOccupationIds,
        desiredOccupationTexts: preferences.desiredOccupationTexts ?? [],
        preferredCityIds: preferences.preferredCityIds,
        radiusKm: preferences.radiusKm,
        minimumMonthlySalary: preferences.minimumMonthlySalary,
        employmentTypes: preferences.employmentTypes,
      },
      jobSeekingStatus: record.jobSeekingStatus,
      notificationPreferences: {
        channels: notifications.channels,
        weeklyDigest: notifications.weeklyDigest,
        quietHours: notifications.quietHours && {
          start: notifications.quietHours.start,
          end: notifications.quietHours.end,
        },
      },
      courseCompletions: (record.courseCompletions ?? []).map(toCourseCompletion),
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    };
  }
}

function toStoredSkill(skill: DeclaredSkill): StoredSkill {
  return {
    skillId: skill.skillId,
    level: skill.level,
    verifiedBy: skill.verification?.verifiedBy ?? null,
    verifiedAt: skill.verification?.verifiedAt ?? null,
    verificationSource: skill.verification?.source ?? null,
  };
}

function toDeclaredSkill(skill: StoredSkill): DeclaredSkill {
  const verification =
    skill.verifiedBy && skill.verifiedAt
      ? {
          verifiedBy: skill.verifiedBy,
          verifiedAt: skill.verifiedAt,
          source: toVerificationSource(skill.verificationSource),
        }
      : null;
  return { skillId: skill.skillId, level: skill.level, verification };
}

/** Before courses verified skills, every verification was an officer's. */
function toVerificationSource(stored: StoredVerificationSource | null | undefined): VerificationSource {
  if (stored?.kind !== 'course') return { kind: 'officer' };
  return {
    kind: 'course',
    courseId: stored.courseId ?? '',
    runId: stored.runId ?? '',
    enrolmentId: stored.enrolmentId ?? '',
    courseTitle: stored.courseTitle ?? '',
  };
}

function toCourseCompletion(stored: CourseCompletion): CourseCompletion {
  return {
    courseId: stored.courseId,
    runId: stored.runId,
    enrolmentId: stored.enrolmentId,
    courseTitle: stored.courseTitle,
    trainingId: stored.trainingId ?? null,
    skillIds: stored.skillIds,
    certificateIds: stored.certificateIds,
    attendancePercent: stored.attendancePercent,
    recordedBy: stored.recordedBy,
    completedAt: stored.completedAt,
  };
}

function conditionsOf(filter: ProfileFilter): FilterQuery<ProfileRecord>[] {
  const conditions: FilterQuery<ProfileRecord>[] = [];
  if (filter.cityId) conditions.push({ 'residence.cityId': filter.cityId });
  if (filter.districtId) conditions.push({ 'residence.districtId': filter.districtId });
  if (filter.jobSeekingStatus) conditions.push({ jobSeekingStatus: filter.jobSeekingStatus });
  if (filter.specialtyId) conditions.push({ 'serviceRecord.specialtyIds': filter.specialtyId });
  if (filter.skillId) conditions.push({ 'skills.skillId': filter.skillId });
  if (filter.certificateId) conditions.push({ certificateIds: filter.certificateId });
  if (filter.trainingId) conditions.push({ trainingIds: filter.trainingId });
  if (filter.desiredOccupationId)
    conditions.push({ 'preferences.desiredOccupationIds': filter.desiredOccupationId });
  return conditions;
}

import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client';
import { draftOf, saveBodyOf } from './profile-draft';
import {
  checkExtras,
  EDUCATION_LEVELS,
  EMPLOYMENT_TYPES,
  extrasOf,
  RANKS,
  splitExtrasIssues,
  withExtras,
  type ProfileExtras,
} from './profile-extras';

type FullProfile = Schemas['skills-profiles.FullProfileDto_Output'];

function stored(): FullProfile {
  return {
    view: 'full',
    veteranId: 'v1',
    revision: 2,
    identity: { fullName: '王建国', idNumber: '11010519491231002X', phone: '13812345678' },
    residence: { cityId: 'nanjing', districtId: null, lat: 32.06, lng: 118.8 },
    serviceRecord: {
      branch: 'army',
      specialtyIds: ['wheeled-vehicle-driver'],
      specialtyTexts: [],
      rankId: 'sergeant',
      roleIds: [],
      yearsServed: 5,
      dischargeDate: '2025-09-01',
      awards: ['优秀士兵'],
    },
    skills: [],
    certificateIds: [],
    trainingIds: [],
    trainingTexts: [],
    education: { level: 'senior-high', major: null, institution: '南京市第一中学', graduationYear: 2018 },
    preferences: {
      desiredOccupationIds: ['truck-driver'],
      desiredOccupationTexts: [],
      preferredCityIds: ['nanjing'],
      radiusKm: 30,
      minimumMonthlySalary: null,
      employmentTypes: ['full-time'],
    },
    jobSeekingStatus: 'open',
  } as unknown as FullProfile;
}

const noExtras: ProfileExtras = extrasOf(undefined);

describe('the profile extras', () => {
  it('lists ranks from private to senior colonel and education from none to a doctorate', () => {
    expect(RANKS[0]).toBe('private');
    expect(RANKS.at(-1)).toBe('senior-colonel');
    expect(RANKS.indexOf('master-sergeant-class-1')).toBeLessThan(RANKS.indexOf('second-lieutenant'));
    expect(RANKS).toHaveLength(16);
    expect(EDUCATION_LEVELS[0]).toBe('none');
    expect(EDUCATION_LEVELS.at(-1)).toBe('doctorate');
    expect(EMPLOYMENT_TYPES).toEqual(['full-time', 'part-time', 'contract', 'internship', 'flexible']);
  });

  it('starts empty for a veteran without a profile', () => {
    expect(noExtras).toEqual({
      rankId: '',
      employmentTypes: [],
      educationLevel: '',
      educationMajor: '',
      educationInstitution: '',
      graduationYear: undefined,
    });
  });

  it('reads the stored rank, education and employment types', () => {
    expect(extrasOf(stored())).toEqual({
      rankId: 'sergeant',
      employmentTypes: ['full-time'],
      educationLevel: 'senior-high',
      educationMajor: '',
      educationInstitution: '南京市第一中学',
      graduationYear: 2018,
    });
  });

  it('puts the changed extras in the save body and keeps everything else the draft sends', () => {
    const profile = stored();
    const body = saveBodyOf(draftOf(profile), () => 'specialty', profile);
    const extras: ProfileExtras = {
      ...extrasOf(profile),
      rankId: 'staff-sergeant',
      employmentTypes: ['full-time', 'contract'],
      educationLevel: 'associate',
      educationMajor: ' 汽车运用与维修 ',
    };
    const changed = withExtras(body, extras);
    expect(changed.serviceRecord).toEqual({ ...body.serviceRecord, rankId: 'staff-sergeant' });
    expect(changed.serviceRecord?.awards).toEqual(['优秀士兵']);
    expect(changed.preferences).toEqual({ ...body.preferences, employmentTypes: ['full-time', 'contract'] });
    expect(changed.education).toEqual({
      level: 'associate',
      major: '汽车运用与维修',
      institution: '南京市第一中学',
      graduationYear: 2018,
    });
    const { serviceRecord, preferences, education, ...rest } = changed;
    const { serviceRecord: _s, preferences: _p, education: _e, ...before } = body;
    expect(rest).toEqual(before);
    expect([serviceRecord, preferences, education]).not.toContain(undefined);
  });

  it('sends no rank and no education when none is chosen, and no service record before a branch', () => {
    const profile = stored();
    const body = saveBodyOf(draftOf(profile), () => 'specialty', profile);
    const changed = withExtras(body, { ...noExtras, educationMajor: '机械' });
    expect(changed.serviceRecord?.rankId).toBeNull();
    expect(changed.education).toBeNull();
    expect(changed.preferences.employmentTypes).toEqual([]);
    const withoutRecord = withExtras({ ...body, serviceRecord: null }, extrasOf(profile));
    expect(withoutRecord.serviceRecord).toBeNull();
  });

  it('checks the graduation year and lengths on the skills step only, when a level is chosen', () => {
    const today = new Date('2026-12-07T00:00:00Z');
    const bad: ProfileExtras = {
      ...noExtras,
      educationLevel: 'bachelor',
      graduationYear: 2033,
      educationMajor: '专'.repeat(101),
      educationInstitution: '校'.repeat(101),
    };
    expect(checkExtras('skills', bad, today)).toEqual({
      graduationYear: 'profileExtras.check.graduationYear',
      educationMajor: 'profileExtras.check.tooLong',
      educationInstitution: 'profileExtras.check.tooLong',
    });
    expect(
      checkExtras(
        'skills',
        { ...bad, graduationYear: 2032, educationMajor: '', educationInstitution: '' },
        today,
      ),
    ).toEqual({});
    expect(checkExtras('skills', { ...bad, graduationYear: 1949 }, today).graduationYear).toBeDefined();
    expect(checkExtras('service', bad, today)).toEqual({});
    expect(checkExtras('skills', { ...bad, educationLevel: '' }, today)).toEqual({});
  });

  it("takes the API's issues about the extras and leaves the others for the draft's mapping", () => {
    const answer = {
      statusCode: 400,
      issues: [
        { field: 'serviceRecord.rankId', message: 'unknown rank' },
        { field: 'preferences.employmentTypes.1', message: 'lists an employment type more than once' },
        { field: 'education.graduationYear', message: 'is too far in the future' },
        { field: 'serviceRecord.yearsServed', message: 'too many' },
      ],
    };
    const split = splitExtrasIssues(answer);
    expect(split.byField).toEqual({
      rankId: 'unknown rank',
      employmentTypes: 'lists an employment type more than once',
      graduationYear: 'is too far in the future',
    });
    expect(split.rest).toEqual({
      statusCode: 400,
      issues: [{ field: 'serviceRecord.yearsServed', message: 'too many' }],
    });
    const untouched = { issues: [{ field: 'identity.phone', message: 'x' }] };
    expect(splitExtrasIssues(untouched)).toEqual({ byField: {}, rest: untouched });
  });
});

import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client';
import { draftOf, saveBodyOf, serviceTermKinds } from './profile-draft';
import type { TermKind } from './profile-terms';

type FullProfile = Schemas['skills-profiles.FullProfileDto_Output'];

const hexOf = (text: string) =>
  [...new TextEncoder().encode(text)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

function stored(): FullProfile {
  return {
    view: 'full',
    veteranId: 'v1',
    revision: 4,
    identity: { fullName: '王建国', idNumber: '11010519491231002X', phone: '13812345678' },
    residence: { cityId: 'nanjing', districtId: 'nanjing-jiangning', lat: 31.95, lng: 118.84 },
    serviceRecord: {
      branch: 'army',
      specialtyIds: ['wheeled-vehicle-driver'],
      specialtyTexts: ['舟桥兵'],
      rankId: 'sergeant',
      roleIds: ['squad-leader'],
      yearsServed: 5,
      dischargeDate: '2025-09-01',
      awards: ['优秀士兵'],
    },
    skills: [{ skillId: 'light-vehicle-driving', level: 4 }],
    certificateIds: ['driving-licence-c1', `text-${hexOf('潜水证')}`],
    trainingIds: [],
    trainingTexts: ['龙虾烹饪'],
    education: { level: 'senior-high', major: null, institution: null, graduationYear: 2018 },
    preferences: {
      desiredOccupationIds: ['truck-driver'],
      desiredOccupationTexts: ['车队长'],
      preferredCityIds: ['nanjing'],
      radiusKm: 30,
      minimumMonthlySalary: 6000,
      employmentTypes: ['full-time'],
    },
    jobSeekingStatus: 'open',
  } as unknown as FullProfile;
}

describe('the profile draft', () => {
  it('starts empty for a veteran without a profile, looking for work within 30 km', () => {
    const draft = draftOf(undefined);
    expect(draft.fullName).toBe('');
    expect(draft.serviceTermIds).toEqual([]);
    expect(draft.radiusKm).toBe(30);
    expect(draft.jobSeekingStatus).toBe('actively-looking');
  });

  it('reads a stored profile, specialties and posts together, certificates kept as typed as text', () => {
    const draft = draftOf(stored());
    expect(draft.serviceTermIds).toEqual(['wheeled-vehicle-driver', 'squad-leader']);
    expect(draft.serviceTexts).toEqual(['舟桥兵']);
    expect(draft.certificateIds).toEqual(['driving-licence-c1']);
    expect(draft.certificateTexts).toEqual(['潜水证']);
    expect(draft.skillLevels).toEqual({ 'light-vehicle-driving': 4 });
    expect(serviceTermKinds(stored())).toEqual([
      ['wheeled-vehicle-driver', 'specialty'],
      ['squad-leader', 'role'],
    ]);
  });

  it('writes back the whole profile: posts as roles, typed names as typed, what it does not edit as stored', () => {
    const profile = stored();
    const kinds = new Map<string, TermKind>(serviceTermKinds(profile));
    const draft = { ...draftOf(profile), skillIds: ['light-vehicle-driving', 'route-planning'] };
    const body = saveBodyOf(draft, (id) => kinds.get(id), profile);
    expect(body.serviceRecord).toMatchObject({
      specialtyIds: ['wheeled-vehicle-driver'],
      roleIds: ['squad-leader'],
      specialties: ['舟桥兵'],
      rankId: 'sergeant',
      awards: ['优秀士兵'],
    });
    expect(body.skills).toEqual([
      { skillId: 'light-vehicle-driving', level: 4 },
      { skillId: 'route-planning', level: 3 },
    ]);
    expect(body.certificates).toEqual(['潜水证']);
    expect(body.trainings).toEqual(['龙虾烹饪']);
    expect(body.education).toEqual(profile.education);
    expect(body.preferences.desiredOccupations).toEqual(['车队长']);
    expect(body.preferences.employmentTypes).toEqual(['full-time']);
    expect(body.residence).toEqual(profile.residence);
  });

  it("places a new home at its district's centre, and sends no salary floor of 0", () => {
    const draft = {
      ...draftOf(undefined),
      cityId: 'suzhou',
      districtId: '',
      minimumMonthlySalary: 0,
    };
    const body = saveBodyOf(draft, () => undefined);
    expect(body.residence?.cityId).toBe('suzhou');
    expect(body.residence?.lat).toBeGreaterThan(30);
    expect(body.serviceRecord).toBeNull();
    expect(body.preferences.minimumMonthlySalary).toBeNull();
  });
});

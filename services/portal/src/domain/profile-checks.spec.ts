import { describe, expect, it } from 'vitest';
import { checkStep, isMainlandMobile, isResidentIdNumber, issuesOf, stepOf } from './profile-checks';
import { draftOf } from './profile-draft';

const today = new Date('2026-12-07T00:00:00Z');

describe('the profile wizard checks', () => {
  it('reads resident ID numbers by GB 11643 (check character, real birth date) and mobile numbers', () => {
    expect(isResidentIdNumber('11010519491231002X', today)).toBe(true);
    expect(isResidentIdNumber('110105194912310021', today)).toBe(false);
    expect(isResidentIdNumber('110105194902310025', today)).toBe(false);
    expect(isMainlandMobile('+86 138-1234-5678')).toBe(true);
    expect(isMainlandMobile('12812345678')).toBe(false);
  });

  it('names every missing field of the service record step', () => {
    expect(checkStep('service', draftOf(undefined), today)).toEqual({
      fullName: 'validation.required',
      idNumber: 'validation.required',
      phone: 'validation.required',
      cityId: 'validation.required',
      branch: 'validation.required',
      serviceTermIds: 'profile.check.serviceTerms',
      dischargeDate: 'validation.required',
    });
  });

  it('takes a typed specialty alone, and refuses a discharge in the future or a name with digits', () => {
    const draft = {
      ...draftOf(undefined),
      fullName: '张3',
      idNumber: '11010519491231002X',
      phone: '13812345678',
      cityId: 'nanjing',
      branch: 'army' as const,
      serviceTexts: ['汽车驾驶员'],
      dischargeDate: '2027-01-01',
    };
    expect(checkStep('service', draft, today)).toEqual({
      fullName: 'profile.check.fullName',
      dischargeDate: 'profile.check.dischargeDate',
    });
  });

  it('keeps radius and salary within what the API takes', () => {
    const draft = { ...draftOf(undefined), radiusKm: 0, minimumMonthlySalary: 1.5 };
    expect(checkStep('wants', draft, today)).toEqual({
      radiusKm: 'profile.check.radiusKm',
      minimumMonthlySalary: 'profile.check.salary',
    });
    expect(checkStep('skills', draftOf(undefined), today)).toEqual({});
  });

  it("places the API's issues on the fields and the steps they are edited in", () => {
    const issues = issuesOf({
      message: 'bad',
      issues: [
        { field: 'identity.idNumber', message: 'must be an 18-character PRC resident ID number' },
        { field: 'serviceRecord.specialties.1', message: 'too long' },
        { field: 'preferences.radiusKm', message: 'too big' },
        { field: 'education.level', message: 'unknown' },
      ],
    });
    expect(issues.byField).toEqual({
      idNumber: 'must be an 18-character PRC resident ID number',
      serviceTexts: 'too long',
      radiusKm: 'too big',
    });
    expect(issues.other).toEqual(['education.level: unknown']);
    expect(stepOf('radiusKm')).toBe('wants');
    expect(stepOf('certificateTexts')).toBe('skills');
    expect(issuesOf('Bad Gateway')).toEqual({ byField: {}, other: [] });
  });
});

import { bareProfile, driverProfile } from '../testing/profile-fixtures';
import { assessCompleteness, COMPLETENESS_CHECKS } from './completeness';

describe('profile completeness', () => {
  it('weighs its items to a total of 100', () => {
    expect(COMPLETENESS_CHECKS.reduce((total, item) => total + item.points, 0)).toBe(100);
  });

  it('scores a profile with only an identity at 10 and lists the rest, most important first', () => {
    const { score, missing } = assessCompleteness(bareProfile());
    expect(score).toBe(10);
    expect(missing.map((item) => item.item)).toEqual([
      'military-specialties',
      'service-record',
      'residence',
      'desired-occupations',
      'skills',
      'employment-types',
      'minimum-salary',
      'work-area',
      'rank',
      'education',
      'certificates',
      'trainings',
    ]);
    expect(missing[0]).toMatchObject({ field: 'serviceRecord.specialtyIds', points: 15 });
    expect(missing[0]?.hint.zh).toBeTruthy();
  });

  it('scores a complete profile at 100 with nothing missing', () => {
    expect(assessCompleteness(driverProfile())).toEqual({ score: 100, missing: [] });
  });

  it('counts a commuting radius as a work area', () => {
    const profile = driverProfile();
    const radiusOnly = driverProfile({
      preferences: { ...profile.preferences, preferredCityIds: [], radiusKm: 20 },
    });
    expect(assessCompleteness(radiusOnly).score).toBe(100);
  });

  it('sees an empty specialty list in a service record as missing', () => {
    const profile = driverProfile();
    const { score, missing } = assessCompleteness(
      driverProfile({ serviceRecord: { ...profile.serviceRecord!, specialtyIds: [], rankId: null } }),
    );
    expect(score).toBe(80);
    expect(missing.map((item) => item.item)).toEqual(['military-specialties', 'rank']);
  });
});

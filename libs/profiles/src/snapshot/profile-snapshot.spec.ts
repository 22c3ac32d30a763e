import { profileCreated, profileUpdated } from '@vetlink/contracts';
import { bareProfile, driverProfile } from '../testing/profile-fixtures';
import { buildProfileSnapshot, changedSnapshotFields } from './profile-snapshot';

describe('profile snapshot (the payload other services read)', () => {
  const profile = driverProfile();
  const snapshot = buildProfileSnapshot(profile);

  it('never contains the ID number or the phone, in any form', () => {
    const text = JSON.stringify(snapshot);
    expect(text).not.toContain(profile.identity.idNumber);
    expect(text).not.toContain(profile.identity.phone);
    expect(text).not.toContain(profile.identity.phone.slice(-4));
    expect(text).not.toMatch(/idNumber|phone/i);
  });

  it('shows the surname only', () => {
    expect(snapshot.displayName).toBe('王**');
    expect(JSON.stringify(snapshot)).not.toContain('建国');
  });

  it('is a valid profile-created payload', () => {
    expect(profileCreated.payload.safeParse(snapshot).success).toBe(true);
    expect(profileUpdated.payload.safeParse({ ...snapshot, changedFields: ['residence'] }).success).toBe(
      true,
    );
  });

  it('carries the civilian translation with its sources', () => {
    expect(snapshot.derivedSkills).toContainEqual({
      skillId: 'light-vehicle-driving',
      strength: 'direct',
      from: [
        { kind: 'specialty', id: 'wheeled-vehicle-driver' },
        { kind: 'certificate', id: 'driving-licence-c1' },
      ],
    });
    expect(
      snapshot.derivedSkills.some((skill) =>
        skill.from.some((source) => source.id === 'drone-flight-control'),
      ),
    ).toBe(true);
    expect(snapshot.derivedOccupations.length).toBeGreaterThan(0);
    expect(snapshot.declaredSkills).toEqual([
      { skillId: 'light-vehicle-driving', level: 4, verified: false },
    ]);
  });

  it('places the veteran at the district centre when no coordinates were given', () => {
    expect(snapshot.residence).toMatchObject({
      cityId: 'nanjing',
      districtId: 'nanjing-jiangning',
      precision: 'district',
    });
    expect(snapshot.residence?.lat).toBeGreaterThan(31);
  });

  it('leaves awards and the school out, and states the quiet hours time zone', () => {
    expect(snapshot.serviceRecord).not.toHaveProperty('awards');
    expect(snapshot.education).toEqual({ level: 'senior-high', major: null });
    expect(snapshot.notificationPreferences.quietHours).toEqual({
      start: '22:00',
      end: '08:00',
      timeZone: 'Asia/Shanghai',
    });
  });

  it('gives empty sections for a bare profile', () => {
    const bare = buildProfileSnapshot(bareProfile());
    expect(bare).toMatchObject({
      residence: null,
      serviceRecord: null,
      derivedSkills: [],
      seniorityBand: 'entry',
      completeness: 10,
    });
    expect(profileCreated.payload.safeParse(bare).success).toBe(true);
  });

  it('carries what the veteran typed and the taxonomy does not know, with where it was typed', () => {
    const typed = buildProfileSnapshot(
      driverProfile({
        serviceRecord: { ...profile.serviceRecord!, specialtyTexts: ['雷达技术员'] },
        preferences: { ...profile.preferences, desiredOccupationTexts: ['食堂主管'] },
        trainingTexts: ['小龙虾烹饪'],
      }),
    );
    expect(typed.typedTerms).toEqual([
      { source: 'specialty', text: '雷达技术员' },
      { source: 'desired', text: '食堂主管' },
      { source: 'training', text: '小龙虾烹饪' },
    ]);
    expect(snapshot.typedTerms).toEqual([]);
    expect(changedSnapshotFields(snapshot, typed)).toContain('typedTerms');
    expect(profileCreated.payload.safeParse(typed).success).toBe(true);
  });

  describe('changedSnapshotFields', () => {
    it('names what other services would see change, including what follows from it', () => {
      const moved = buildProfileSnapshot(
        driverProfile({ trainingIds: [], revision: 2, updatedAt: new Date() }),
      );
      expect(changedSnapshotFields(snapshot, moved)).toEqual([
        'derivedSkills',
        'derivedOccupations',
        'trainingIds',
        'completeness',
      ]);
    });

    it('is empty when only the ID number, phone or non-shared details changed', () => {
      const other = driverProfile({
        identity: { ...profile.identity, phone: '13900001111', idNumber: '110105194912310021' },
        serviceRecord: { ...profile.serviceRecord!, awards: [] },
        revision: 2,
        updatedAt: new Date(),
      });
      expect(changedSnapshotFields(snapshot, buildProfileSnapshot(other))).toEqual([]);
    });
  });
});

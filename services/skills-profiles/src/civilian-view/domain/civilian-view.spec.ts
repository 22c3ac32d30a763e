import { bareProfile, driverProfile } from '@vetlink/profiles/testing';
import { civilianViewOf } from './civilian-view';

describe('civilian view', () => {
  it('translates specialties and trainings into civilian skills, naming the source of each', () => {
    const view = civilianViewOf(driverProfile());
    const drone = view.skills.find((skill) => skill.skillId === 'drone-piloting');
    expect(drone).toMatchObject({
      source: 'derived',
      level: null,
      verified: false,
      strength: 'direct',
      derivedFrom: [{ kind: 'training', id: 'drone-flight-control', name: { zh: '无人机飞控培训' } }],
    });
    expect(drone?.name.zh).toBeTruthy();
  });

  it('keeps the level of a declared skill and adds the evidence behind it', () => {
    const view = civilianViewOf(driverProfile());
    expect(view.skills[0]).toMatchObject({
      skillId: 'light-vehicle-driving',
      source: 'declared-and-derived',
      level: 4,
      strength: 'direct',
    });
    expect(view.skills[0]?.derivedFrom.map((source) => source.id)).toEqual([
      'wheeled-vehicle-driver',
      'driving-licence-c1',
    ]);
  });

  it('lists a skill once, declared skills first by level, then derived ones strongest first', () => {
    const profile = driverProfile({
      skills: [
        { skillId: 'crop-spraying', level: 2, verification: null },
        {
          skillId: 'light-vehicle-driving',
          level: 4,
          verification: { verifiedBy: 'o', verifiedAt: new Date(), source: { kind: 'officer' } },
        },
      ],
    });
    const view = civilianViewOf(profile);
    const ids = view.skills.map((skill) => skill.skillId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 2)).toEqual(['light-vehicle-driving', 'crop-spraying']);
    expect(view.skills[0]?.verified).toBe(true);
    const derivedStrengths = view.skills.slice(2).map((skill) => skill.strength);
    expect(derivedStrengths.indexOf('partial')).toBeGreaterThan(derivedStrengths.lastIndexOf('direct'));
  });

  it('marks a declared skill with no evidence as declared only', () => {
    const view = civilianViewOf(
      bareProfile({ skills: [{ skillId: 'crop-spraying', level: 3, verification: null }] }),
    );
    expect(view.skills).toEqual([
      expect.objectContaining({
        skillId: 'crop-spraying',
        source: 'declared',
        level: 3,
        strength: null,
        derivedFrom: [],
      }),
    ]);
    expect(view.occupations).toEqual([]);
  });

  it('derives occupations with their sources, and seniority from rank and role', () => {
    const view = civilianViewOf(driverProfile());
    expect(
      view.occupations.some((occupation) =>
        occupation.derivedFrom.some((source) => source.kind === 'specialty'),
      ),
    ).toBe(true);
    expect(view.seniorityBand).not.toBe('entry');
  });
});

import { STRENGTH_WEIGHTS } from './vocabulary';
import {
  translateServiceRecord,
  UnknownTaxonomyIdError,
  type CivilianProfile,
} from './translate-service-record';

const skillOf = (profile: CivilianProfile, skillId: string) =>
  profile.derivedSkills.find((skill) => skill.skillId === skillId);
const occupationOf = (profile: CivilianProfile, occupationId: string) =>
  profile.occupations.find((occupation) => occupation.occupationId === occupationId);

describe('translateServiceRecord', () => {
  describe('the officer and staff track', () => {
    it('a captain who commanded a company reaches management occupations through his command specialty', () => {
      const profile = translateServiceRecord({
        specialties: ['unit-command-officer'],
        rankId: 'captain',
        roles: ['company-commander'],
        trainings: [],
        certificates: [],
      });
      expect(profile.seniorityBand).toBe('management');
      expect(skillOf(profile, 'team-leadership')?.strength).toBe('direct');
      expect(occupationOf(profile, 'security-manager')).toBeDefined();
      expect(occupationOf(profile, 'military-training-instructor')?.strength).toBe('direct');
    });

    it('staff, training and logistics officers lead to office, training and logistics management by rank', () => {
      const officer = (specialty: string, rankId: string) =>
        translateServiceRecord({ specialties: [specialty], rankId, trainings: [], certificates: [] });
      expect(occupationOf(officer('staff-officer', 'major'), 'administrative-manager')).toBeDefined();
      expect(occupationOf(officer('training-staff-officer', 'major'), 'training-manager')?.strength).toBe(
        'direct',
      );
      expect(
        occupationOf(officer('logistics-management-officer', 'captain'), 'logistics-manager'),
      ).toBeDefined();
      // A second lieutenant is supervisory: the storeroom, not yet the logistics department.
      const lieutenant = officer('logistics-management-officer', 'second-lieutenant');
      expect(occupationOf(lieutenant, 'warehouse-supervisor')).toBeDefined();
      expect(occupationOf(lieutenant, 'logistics-manager')).toBeUndefined();
    });
  });

  describe('a wheeled-vehicle driver, sergeant, who was squad leader', () => {
    const profile = translateServiceRecord({
      specialties: ['wheeled-vehicle-driver'],
      rankId: 'sergeant',
      roles: ['squad-leader'],
      trainings: [],
      certificates: [],
    });

    it('has driving skills directly', () => {
      expect(skillOf(profile, 'heavy-truck-driving')).toEqual({
        skillId: 'heavy-truck-driving',
        strength: 'direct',
        from: [{ kind: 'specialty', id: 'wheeled-vehicle-driver' }],
      });
      expect(skillOf(profile, 'light-vehicle-driving')?.strength).toBe('direct');
      expect(skillOf(profile, 'convoy-driving')?.strength).toBe('direct');
    });

    it('is supervisory because of the squad-leader post', () => {
      expect(profile.seniorityBand).toBe('supervisory');
    });

    it('includes the supervisory occupation the rank gate opens, and the driving jobs', () => {
      expect(occupationOf(profile, 'fleet-manager')).toBeDefined();
      expect(occupationOf(profile, 'truck-driver')?.strength).toBe('direct');
    });
  });

  it('keeps supervisory occupations closed to a private without a leadership post', () => {
    const profile = translateServiceRecord({
      specialties: ['wheeled-vehicle-driver'],
      rankId: 'private',
      trainings: [],
      certificates: [],
    });
    expect(profile.seniorityBand).toBe('entry');
    expect(occupationOf(profile, 'fleet-manager')).toBeUndefined();
  });

  describe('a cook who took the crayfish course', () => {
    const profile = translateServiceRecord({
      specialties: ['military-cook'],
      trainings: ['crayfish-cooking-course'],
      certificates: [],
    });

    it('credits catering skills to both the specialty and the training', () => {
      expect(skillOf(profile, 'food-hygiene')?.from).toEqual([
        { kind: 'specialty', id: 'military-cook' },
        { kind: 'training', id: 'crayfish-cooking-course' },
      ]);
      expect(skillOf(profile, 'crayfish-cooking')).toEqual({
        skillId: 'crayfish-cooking',
        strength: 'direct',
        from: [{ kind: 'training', id: 'crayfish-cooking-course' }],
      });
    });

    it('keeps the strongest strength when sources disagree', () => {
      // The cook specialty says chinese-cooking is direct, the crayfish course only partial.
      expect(skillOf(profile, 'chinese-cooking')?.strength).toBe('direct');
      // The cook specialty says crayfish-chef is transferable, the course says direct.
      expect(occupationOf(profile, 'crayfish-chef')).toEqual({
        occupationId: 'crayfish-chef',
        strength: 'direct',
        from: [
          { kind: 'specialty', id: 'military-cook' },
          { kind: 'training', id: 'crayfish-cooking-course' },
        ],
      });
    });

    it('lists the strongest skills first', () => {
      const weights = profile.derivedSkills.map((skill) => STRENGTH_WEIGHTS[skill.strength]);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
    });
  });

  it('derives the skills of every licence class an A2 covers, credited to the A2', () => {
    const profile = translateServiceRecord({
      specialties: [],
      trainings: [],
      certificates: ['driving-licence-a2'],
    });
    const fromA2 = [{ kind: 'certificate', id: 'driving-licence-a2' }];
    expect(skillOf(profile, 'tractor-trailer-driving')).toMatchObject({ strength: 'direct', from: fromA2 });
    expect(skillOf(profile, 'heavy-truck-driving')).toMatchObject({ strength: 'direct', from: fromA2 });
    expect(skillOf(profile, 'light-vehicle-driving')).toMatchObject({ strength: 'direct', from: fromA2 });
  });

  it('returns an empty entry-level profile for an empty record', () => {
    expect(translateServiceRecord({ specialties: [], trainings: [], certificates: [] })).toEqual({
      derivedSkills: [],
      occupations: [],
      seniorityBand: 'entry',
    });
  });

  it('names every unknown id at once', () => {
    const attempt = () =>
      translateServiceRecord({
        specialties: ['wheeled-vehicle-driver', 'astronaut'],
        rankId: 'admiral-of-the-fleet',
        roles: ['squad-leader', 'king'],
        trainings: [],
        certificates: ['driving-licence-z'],
      });
    expect(attempt).toThrow(UnknownTaxonomyIdError);
    try {
      attempt();
    } catch (error) {
      expect((error as UnknownTaxonomyIdError).unknownIds).toEqual([
        { kind: 'specialty', id: 'astronaut' },
        { kind: 'certificate', id: 'driving-licence-z' },
        { kind: 'rank', id: 'admiral-of-the-fleet' },
        { kind: 'role', id: 'king' },
      ]);
    }
  });
});

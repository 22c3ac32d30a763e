import { contentOf } from '@vetlink/profiles';
import { driverProfile } from '@vetlink/profiles/testing';
import { setSkillVerification, UndeclaredSkillError } from './skill-verification';

describe('skill verification by an officer', () => {
  const content = contentOf(driverProfile());
  const now = new Date('2026-11-28T03:00:00Z');

  it('records who verified and when', () => {
    const verified = setSkillVerification(content, 'light-vehicle-driving', true, 'officer-7', now);
    expect(verified.skills[0]?.verification).toEqual({
      verifiedBy: 'officer-7',
      verifiedAt: now,
      source: { kind: 'officer' },
    });
  });

  it('can withdraw a verification', () => {
    const verified = setSkillVerification(content, 'light-vehicle-driving', true, 'officer-7', now);
    expect(
      setSkillVerification(verified, 'light-vehicle-driving', false, 'officer-7', now).skills[0]
        ?.verification,
    ).toBeNull();
  });

  it('changes nothing when the skill is already in that state (keeps the first verifier)', () => {
    const verified = setSkillVerification(content, 'light-vehicle-driving', true, 'officer-7', now);
    expect(setSkillVerification(verified, 'light-vehicle-driving', true, 'officer-8', new Date())).toBe(
      verified,
    );
  });

  it("keeps a course's verification when an officer confirms the skill, and withdraws it when told to", () => {
    const byCourse = {
      verifiedBy: 'officer-2',
      verifiedAt: new Date('2026-11-20T08:00:00Z'),
      source: {
        kind: 'course' as const,
        courseId: 'course-1',
        runId: 'run-1',
        enrolmentId: 'enrolment-1',
        courseTitle: '叉车司机培训',
      },
    };
    const credited = contentOf(
      driverProfile({ skills: [{ skillId: 'forklift-operation', level: 3, verification: byCourse }] }),
    );
    expect(setSkillVerification(credited, 'forklift-operation', true, 'officer-7', now)).toBe(credited);
    const withdrawn = setSkillVerification(credited, 'forklift-operation', false, 'officer-7', now);
    expect(withdrawn.skills[0]?.verification).toBeNull();
  });

  it('refuses a skill the veteran has not declared', () => {
    expect(() => setSkillVerification(content, 'drone-piloting', true, 'officer-7', now)).toThrow(
      UndeclaredSkillError,
    );
  });
});

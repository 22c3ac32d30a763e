import { contentOf } from '@vetlink/profiles';
import { driverProfile } from '@vetlink/profiles/testing';
import { setSkillVerification, UndeclaredSkillError } from './skill-verification';

describe('skill verification by an officer', () => {
  const content = contentOf(driverProfile());
  const now = new Date('2026-11-28T03:00:00Z');

  it('records who verified and when', () => {
    const verified = setSkillVerification(content, 'light-vehicle-driving', true, 'officer-7', now);
    expect(verified.skills[0]?.verification).toEqual({ verifiedBy: 'officer-7', verifiedAt: now });
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

  it('refuses a skill the veteran has not declared', () => {
    expect(() => setSkillVerification(content, 'drone-piloting', true, 'officer-7', now)).toThrow(
      UndeclaredSkillError,
    );
  });
});

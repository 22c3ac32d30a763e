import { NotFoundError } from '@vetlink/http';
import { ProfileContent } from '@vetlink/profiles';

/** The skill to verify is not on the profile: as far as the officer's request goes, it does not exist. */
export class UndeclaredSkillError extends NotFoundError {
  constructor(readonly skillId: string) {
    super(`the veteran has not declared skill "${skillId}"`);
  }
}

/**
 * An officer confirms (or withdraws confirmation of) a skill at the level the veteran declared.
 * Confirming a skill already verified (by an officer or a completed course) keeps that verification and
 * its source. Withdrawing is what it says: the skill is no longer verified, whatever vouched for it —
 * a course's completion stays on the profile (`courseCompletions`) as the record of what it taught, and
 * it is not credited again.
 */
export function setSkillVerification(
  content: ProfileContent,
  skillId: string,
  verified: boolean,
  officerId: string,
  now: Date,
): ProfileContent {
  const skill = content.skills.find((candidate) => candidate.skillId === skillId);
  if (!skill) throw new UndeclaredSkillError(skillId);
  if (verified === (skill.verification !== null)) return content;
  const verification = verified
    ? { verifiedBy: officerId, verifiedAt: now, source: { kind: 'officer' as const } }
    : null;
  return {
    ...content,
    skills: content.skills.map((candidate) =>
      candidate.skillId === skillId ? { ...candidate, verification } : candidate,
    ),
  };
}

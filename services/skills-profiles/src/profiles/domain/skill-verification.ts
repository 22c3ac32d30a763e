import { ProfileContent } from '@vetlink/profiles';

export class UndeclaredSkillError extends Error {
  constructor(readonly skillId: string) {
    super(`the veteran has not declared skill "${skillId}"`);
    this.name = 'UndeclaredSkillError';
  }
}

/** An officer confirms (or withdraws confirmation of) a skill at the level the veteran declared. */
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
  const verification = verified ? { verifiedBy: officerId, verifiedAt: now } : null;
  return {
    ...content,
    skills: content.skills.map((candidate) =>
      candidate.skillId === skillId ? { ...candidate, verification } : candidate,
    ),
  };
}

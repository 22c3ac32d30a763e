import type { JobSeekingStatus } from '@vetlink/contracts';
import { isDeepStrictEqual } from 'node:util';
import {
  DEFAULT_JOB_SEEKING_STATUS,
  DEFAULT_NOTIFICATION_PREFERENCES,
  DeclaredSkill,
  Identity,
  NotificationPreferences,
  ProfileContent,
  VeteranProfile,
} from './profile';

/** A skill as the veteran states it; verification is the officers' part. */
export interface SkillClaim {
  skillId: string;
  level: number;
}

/**
 * The whole profile as the veteran writes it (PUT). Status and notifications are kept when left out;
 * completed courses are the bureau's record, which a draft never touches.
 */
export interface ProfileDraft extends Omit<
  ProfileContent,
  'skills' | 'jobSeekingStatus' | 'notificationPreferences' | 'courseCompletions'
> {
  skills: SkillClaim[];
  jobSeekingStatus?: JobSeekingStatus;
  notificationPreferences?: NotificationPreferences;
}

/** Some sections (PATCH): each one given replaces the stored section; identity may be given in part. */
export type ProfilePatch = Partial<Omit<ProfileDraft, 'identity'>> & { identity?: Partial<Identity> };

export function newProfile(veteranId: string, draft: ProfileDraft, now: Date): VeteranProfile {
  return {
    veteranId,
    revision: 1,
    ...draft,
    skills: mergeDeclaredSkills([], draft.skills),
    jobSeekingStatus: draft.jobSeekingStatus ?? DEFAULT_JOB_SEEKING_STATUS,
    notificationPreferences: draft.notificationPreferences ?? DEFAULT_NOTIFICATION_PREFERENCES,
    courseCompletions: [],
    createdAt: now,
    updatedAt: now,
  };
}

export function applyDraft(current: ProfileContent, draft: ProfileDraft): ProfileContent {
  return {
    ...draft,
    skills: mergeDeclaredSkills(current.skills, draft.skills),
    jobSeekingStatus: draft.jobSeekingStatus ?? current.jobSeekingStatus,
    notificationPreferences: draft.notificationPreferences ?? current.notificationPreferences,
    courseCompletions: current.courseCompletions,
  };
}

export function applyPatch(current: ProfileContent, patch: ProfilePatch): ProfileContent {
  const { identity, skills, ...sections } = patch;
  return {
    ...current,
    ...definedOnly(sections),
    identity: { ...current.identity, ...definedOnly(identity ?? {}) },
    skills: skills ? mergeDeclaredSkills(current.skills, skills) : current.skills,
  };
}

/**
 * An officer (or a completed course) verified a skill at a level; once the veteran claims another
 * level, that verification no longer speaks for it. Unchanged claims keep their verification, its
 * source included. A course's completion record stays on the profile either way.
 */
export function mergeDeclaredSkills(
  previous: readonly DeclaredSkill[],
  claims: readonly SkillClaim[],
): DeclaredSkill[] {
  return claims.map((claim) => {
    const before = previous.find((skill) => skill.skillId === claim.skillId);
    const verification = before && before.level === claim.level ? before.verification : null;
    return { skillId: claim.skillId, level: claim.level, verification };
  });
}

export function contentOf(profile: VeteranProfile): ProfileContent {
  const {
    veteranId: _veteranId,
    revision: _revision,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    ...content
  } = profile;
  return content;
}

export function hasChanged(before: ProfileContent, after: ProfileContent): boolean {
  return !isDeepStrictEqual(before, after);
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
}

import type { CourseCompletedPayload } from '@vetlink/contracts';
import {
  CourseCompletion,
  DeclaredSkill,
  PROFILE_LIST_LIMITS,
  ProfileContent,
  SkillVerification,
} from '@vetlink/profiles';

/**
 * The level at which a skill a course teaches counts: trainings' gap analysis assumes it (its
 * COURSE_SKILL_LEVEL), so a completed course gives what the course suggestion promised.
 */
export const COURSE_SKILL_LEVEL = 3;

/** The completion as the profile keeps it, from `trainings.course-completed`. */
export function courseCompletionOf(payload: CourseCompletedPayload): CourseCompletion {
  return {
    courseId: payload.courseId,
    runId: payload.runId,
    enrolmentId: payload.enrolmentId,
    courseTitle: payload.courseTitle,
    trainingId: payload.trainingId ?? null,
    skillIds: unique(payload.skillIds),
    certificateIds: unique(payload.certificateIds),
    attendancePercent: payload.attendancePercent,
    recordedBy: payload.recordedBy,
    completedAt: new Date(payload.completedAt),
  };
}

/** Whether this enrolment's completion is already on the profile: each enrolment is credited once. */
export function isCredited(content: ProfileContent, enrolmentId: string): boolean {
  return content.courseCompletions.some((completion) => completion.enrolmentId === enrolmentId);
}

/**
 * Adds what a completed course earned, verified by the bureau with the course as provenance: each skill
 * it teaches (at the level the veteran declared if higher, else COURSE_SKILL_LEVEL), the certificates it
 * awards, its training, and the completion itself. Lists stay within PROFILE_LIST_LIMITS, so that the
 * veteran can write back what they read (credits past them stay in the completion record). A skill already verified at that level or above keeps
 * its earlier verification (the completion record still names the course). A second completion of the
 * same enrolment changes nothing.
 */
export function creditCourseCompletion(
  content: ProfileContent,
  completion: CourseCompletion,
): ProfileContent {
  if (isCredited(content, completion.enrolmentId)) return content;
  const verification: SkillVerification = {
    verifiedBy: completion.recordedBy,
    verifiedAt: completion.completedAt,
    source: {
      kind: 'course',
      courseId: completion.courseId,
      runId: completion.runId,
      enrolmentId: completion.enrolmentId,
      courseTitle: completion.courseTitle,
    },
  };
  return {
    ...content,
    skills: creditSkills(content.skills, completion.skillIds, verification),
    certificateIds: withIds(
      content.certificateIds,
      completion.certificateIds,
      PROFILE_LIST_LIMITS.certificateIds,
    ),
    trainingIds: completion.trainingId
      ? withIds(content.trainingIds, [completion.trainingId], PROFILE_LIST_LIMITS.trainingIds)
      : content.trainingIds,
    courseCompletions: [...content.courseCompletions, completion],
  };
}

function creditSkills(
  skills: readonly DeclaredSkill[],
  skillIds: readonly string[],
  verification: SkillVerification,
): DeclaredSkill[] {
  const credited = skills.map((skill) =>
    skillIds.includes(skill.skillId) ? creditSkill(skill, verification) : skill,
  );
  for (const skillId of skillIds) {
    if (credited.length >= PROFILE_LIST_LIMITS.skills) break;
    if (!credited.some((skill) => skill.skillId === skillId))
      credited.push({ skillId, level: COURSE_SKILL_LEVEL, verification });
  }
  return credited;
}

function creditSkill(skill: DeclaredSkill, verification: SkillVerification): DeclaredSkill {
  if (skill.verification && skill.level >= COURSE_SKILL_LEVEL) return skill;
  return { skillId: skill.skillId, level: Math.max(skill.level, COURSE_SKILL_LEVEL), verification };
}

function withIds(ids: readonly string[], added: readonly string[], limit: number): string[] {
  const result = [...ids];
  for (const id of added) if (result.length < limit && !result.includes(id)) result.push(id);
  return result;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

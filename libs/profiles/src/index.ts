export type {
  CourseCompletion,
  CourseRef,
  DeclaredSkill,
  Education,
  Identity,
  JobPreferences,
  NotificationPreferences,
  ProfileContent,
  Residence,
  ServiceRecord,
  SkillVerification,
  VerificationSource,
  VeteranProfile,
} from './profile/profile';
export { PROFILE_LIST_LIMITS } from './profile/profile';
export { applyDraft, applyPatch, contentOf, hasChanged, newProfile } from './profile/profile-draft';
export type { ProfileDraft, ProfilePatch } from './profile/profile-draft';
export { maskedDisplayName } from './profile/display-name';
export { translateProfile } from './civilian/civilian-translation';
export type { CivilianSources } from './civilian/civilian-translation';
export { assessCompleteness } from './completeness/completeness';
export type { Completeness } from './completeness/completeness';
export { buildProfileSnapshot, changedSnapshotFields } from './snapshot/profile-snapshot';

import { fieldIssues } from './field-issues';
import type { SaveProfileBody, StoredProfile } from './profile-draft';
import type { WizardStep } from './profile-checks';

type ServiceRecordBody = NonNullable<SaveProfileBody['serviceRecord']>;
type EducationBody = NonNullable<SaveProfileBody['education']>;
export type RankId = NonNullable<ServiceRecordBody['rankId']>;
export type EmploymentType = SaveProfileBody['preferences']['employmentTypes'][number];
export type EducationLevel = EducationBody['level'];

/** Every rank of skills-profiles' taxonomy, from the lowest (the Record makes a missing one a type error). */
const RANK_ORDER: Record<RankId, number> = {
  private: 0,
  'private-first-class': 1,
  corporal: 2,
  sergeant: 3,
  'staff-sergeant': 4,
  'master-sergeant-class-4': 5,
  'master-sergeant-class-3': 6,
  'master-sergeant-class-2': 7,
  'master-sergeant-class-1': 8,
  'second-lieutenant': 9,
  'first-lieutenant': 10,
  captain: 11,
  major: 12,
  'lieutenant-colonel': 13,
  colonel: 14,
  'senior-colonel': 15,
};
export const RANKS = (Object.keys(RANK_ORDER) as RankId[]).sort((a, b) => RANK_ORDER[a] - RANK_ORDER[b]);

const EMPLOYMENT_TYPE_SET: Record<EmploymentType, true> = {
  'full-time': true,
  'part-time': true,
  contract: true,
  internship: true,
  flexible: true,
};
export const EMPLOYMENT_TYPES = Object.keys(EMPLOYMENT_TYPE_SET) as EmploymentType[];

const EDUCATION_ORDER: Record<EducationLevel, number> = {
  none: 0,
  'junior-high': 1,
  'senior-high': 2,
  'vocational-secondary': 3,
  associate: 4,
  bachelor: 5,
  master: 6,
  doctorate: 7,
};
export const EDUCATION_LEVELS = (Object.keys(EDUCATION_ORDER) as EducationLevel[]).sort(
  (a, b) => EDUCATION_ORDER[a] - EDUCATION_ORDER[b],
);

/**
 * What the wizard edits beside the main draft: rank, education and the kinds of work the veteran
 * accepts (matching treats a job's employment type outside these as a hard no). Empty strings stand for
 * "not given"; no employment type ticked means any.
 */
export interface ProfileExtras {
  rankId: RankId | '';
  employmentTypes: EmploymentType[];
  educationLevel: EducationLevel | '';
  educationMajor: string;
  educationInstitution: string;
  graduationYear: number | undefined;
}

export type ExtrasField = keyof ProfileExtras;
/** skills-profiles' longest major and institution. */
const TEXT_MAX = 100;

/** A stored rank the taxonomy knows, or none (the view types it as any text). */
function rankOf(id: string | null | undefined): RankId | '' {
  return id && id in RANK_ORDER ? (id as RankId) : '';
}

/** The extras of a stored profile, or empty ones for a veteran who has none yet. */
export function extrasOf(profile: StoredProfile | undefined): ProfileExtras {
  const education = profile?.education;
  return {
    rankId: rankOf(profile?.serviceRecord?.rankId),
    employmentTypes: [...(profile?.preferences.employmentTypes ?? [])],
    educationLevel: education?.level ?? '',
    educationMajor: education?.major ?? '',
    educationInstitution: education?.institution ?? '',
    graduationYear: education?.graduationYear ?? undefined,
  };
}

/** The problems of the extras edited in a step, as i18n keys. */
export function checkExtras(
  step: WizardStep,
  extras: ProfileExtras,
  today = new Date(),
): Partial<Record<ExtrasField, string>> {
  const problems: Partial<Record<ExtrasField, string>> = {};
  if (step !== 'skills' || !extras.educationLevel) return problems;
  const year = extras.graduationYear;
  // A year to come is an expected graduation: skills-profiles takes up to six years ahead.
  if (
    typeof year === 'number' &&
    !(Number.isInteger(year) && year >= 1950 && year <= today.getUTCFullYear() + 6)
  )
    problems.graduationYear = 'profileExtras.check.graduationYear';
  if (extras.educationMajor.trim().length > TEXT_MAX) problems.educationMajor = 'profileExtras.check.tooLong';
  if (extras.educationInstitution.trim().length > TEXT_MAX)
    problems.educationInstitution = 'profileExtras.check.tooLong';
  return problems;
}

/**
 * The save body with the extras in place of what the main draft kept as stored. The rank goes with the
 * service record (there is none until a branch is chosen); education is null until a level is chosen.
 */
export function withExtras(body: SaveProfileBody, extras: ProfileExtras): SaveProfileBody {
  return {
    ...body,
    serviceRecord: body.serviceRecord && { ...body.serviceRecord, rankId: extras.rankId || null },
    education: extras.educationLevel
      ? {
          level: extras.educationLevel,
          major: extras.educationMajor.trim() || null,
          institution: extras.educationInstitution.trim() || null,
          graduationYear: extras.graduationYear ?? null,
        }
      : null,
    preferences: { ...body.preferences, employmentTypes: [...extras.employmentTypes] },
  };
}

// Paths in the body the API may name (serviceRecord.rankId, education.graduationYear, ...).
const BODY_FIELDS: [prefix: string, field: ExtrasField][] = [
  ['serviceRecord.rankId', 'rankId'],
  ['preferences.employmentTypes', 'employmentTypes'],
  ['education.major', 'educationMajor'],
  ['education.institution', 'educationInstitution'],
  ['education.graduationYear', 'graduationYear'],
  ['education', 'educationLevel'],
];

/** The step where each extra is edited, so a problem the API names is shown where it is fixed. */
export const EXTRAS_STEP: Record<ExtrasField, WizardStep> = {
  rankId: 'service',
  educationLevel: 'skills',
  educationMajor: 'skills',
  educationInstitution: 'skills',
  graduationYear: 'skills',
  employmentTypes: 'wants',
};

interface IssueBody {
  issues: { field: string; message: string }[];
}

/**
 * The API's issues about the extras by field, and the answer without them for the main draft's mapping
 * (which would otherwise file serviceRecord.rankId under the service record's terms).
 */
export function splitExtrasIssues(body: unknown): {
  byField: Partial<Record<ExtrasField, string>>;
  rest: unknown;
} {
  const found = fieldIssues(
    body,
    BODY_FIELDS.map(([prefix]) => prefix),
  );
  const byField: Partial<Record<ExtrasField, string>> = {};
  for (const [prefix, field] of BODY_FIELDS) {
    const message = found.byField[prefix];
    if (message !== undefined) byField[field] ??= message;
  }
  if (!Object.keys(byField).length) return { byField, rest: body };
  const mine = (path: string): boolean =>
    BODY_FIELDS.some(([prefix]) => path === prefix || path.startsWith(`${prefix}.`));
  const issues = (body as IssueBody).issues.filter((issue) => !mine(issue.field));
  return { byField, rest: { ...(body as object), issues } };
}

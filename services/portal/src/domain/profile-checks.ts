import { fieldIssues } from './field-issues';
import type { DraftField, ProfileDraft } from './profile-draft';

/**
 * The wizard's checks, told before the request (the same rules skills-profiles applies): each answers
 * an i18n key of the problem per field. The API still decides; its answer is mapped to the same fields.
 */
export type DraftProblems = Partial<Record<DraftField, string>>;
export type WizardStep = 'service' | 'skills' | 'wants';

export const STEPS: readonly WizardStep[] = ['service', 'skills', 'wants'];

const STEP_FIELDS: Record<WizardStep, readonly DraftField[]> = {
  service: [
    'fullName',
    'idNumber',
    'phone',
    'cityId',
    'districtId',
    'branch',
    'serviceTermIds',
    'serviceTexts',
    'yearsServed',
    'dischargeDate',
  ],
  skills: ['skillIds', 'skillLevels', 'certificateIds', 'certificateTexts', 'trainingIds', 'trainingTexts'],
  wants: [
    'preferredCityIds',
    'radiusKm',
    'minimumMonthlySalary',
    'desiredOccupationIds',
    'desiredOccupationTexts',
    'jobSeekingStatus',
  ],
};

/** The step a field is edited in, so that a problem the API names can be shown where it is fixed. */
export function stepOf(field: DraftField): WizardStep {
  return STEPS.find((step) => STEP_FIELDS[step].includes(field)) ?? 'service';
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARACTERS = '10X98765432';

/** GB 11643: 17 digits, a real birth date, and the check character they call for. */
export function isResidentIdNumber(value: string, today = new Date()): boolean {
  const id = value.replace(/\s+/g, '').toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = id.slice(6, 14);
  const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10).replace(/-/g, '') !== birth)
    return false;
  if (date > today || date.getUTCFullYear() < 1900) return false;
  const sum = ID_WEIGHTS.reduce((total, weight, index) => total + weight * Number(id[index]), 0);
  return ID_CHECK_CHARACTERS[sum % 11] === id[17];
}

export function isMainlandMobile(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '').replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(digits);
}

/** The problems of one step's fields. */
export function checkStep(step: WizardStep, draft: ProfileDraft, today = new Date()): DraftProblems {
  if (step === 'service') return checkService(draft, today);
  if (step === 'wants') return checkWants(draft);
  return checkSkills(draft);
}

function checkService(draft: ProfileDraft, today: Date): DraftProblems {
  const problems: DraftProblems = {};
  const name = draft.fullName.trim();
  if (!name) problems.fullName = 'validation.required';
  else if (name.length < 2 || name.length > 40 || /\d/.test(name))
    problems.fullName = 'profile.check.fullName';
  if (!draft.idNumber.trim()) problems.idNumber = 'validation.required';
  else if (!isResidentIdNumber(draft.idNumber, today)) problems.idNumber = 'profile.check.idNumber';
  if (!draft.phone.trim()) problems.phone = 'validation.required';
  else if (!isMainlandMobile(draft.phone)) problems.phone = 'profile.check.phone';
  if (!draft.cityId) problems.cityId = 'validation.required';
  if (!draft.branch) problems.branch = 'validation.required';
  if (draft.serviceTermIds.length + draft.serviceTexts.length === 0)
    problems.serviceTermIds = 'profile.check.serviceTerms';
  if (!(draft.yearsServed >= 0 && draft.yearsServed <= 45))
    problems.yearsServed = 'profile.check.yearsServed';
  if (!draft.dischargeDate) problems.dischargeDate = 'validation.required';
  else if (draft.dischargeDate > today.toISOString().slice(0, 10) || draft.dischargeDate < '1950-01-01')
    problems.dischargeDate = 'profile.check.dischargeDate';
  return problems;
}

function checkSkills(draft: ProfileDraft): DraftProblems {
  const problems: DraftProblems = {};
  if (draft.skillIds.length > 30) problems.skillIds = 'profile.check.tooMany';
  if (draft.certificateIds.length + draft.certificateTexts.length > 30)
    problems.certificateIds = 'profile.check.tooMany';
  if (draft.trainingIds.length + draft.trainingTexts.length > 30)
    problems.trainingIds = 'profile.check.tooMany';
  return problems;
}

function checkWants(draft: ProfileDraft): DraftProblems {
  const problems: DraftProblems = {};
  if (!(Number.isInteger(draft.radiusKm) && draft.radiusKm >= 1 && draft.radiusKm <= 500))
    problems.radiusKm = 'profile.check.radiusKm';
  if (!(
    Number.isInteger(draft.minimumMonthlySalary) &&
    draft.minimumMonthlySalary >= 0 &&
    draft.minimumMonthlySalary <= 1_000_000
  ))
    problems.minimumMonthlySalary = 'profile.check.salary';
  if (draft.desiredOccupationIds.length + draft.desiredOccupationTexts.length > 10)
    problems.desiredOccupationIds = 'profile.check.tooMany';
  return problems;
}

// The API names fields by their path in the body it was sent (identity.idNumber, serviceRecord.specialties.2).
const BODY_FIELDS: [prefix: string, field: DraftField][] = [
  ['identity.fullName', 'fullName'],
  ['identity.idNumber', 'idNumber'],
  ['identity.phone', 'phone'],
  ['residence.districtId', 'districtId'],
  ['residence', 'cityId'],
  ['serviceRecord.branch', 'branch'],
  ['serviceRecord.specialties', 'serviceTexts'],
  ['serviceRecord.yearsServed', 'yearsServed'],
  ['serviceRecord.dischargeDate', 'dischargeDate'],
  ['serviceRecord', 'serviceTermIds'],
  ['skills', 'skillIds'],
  ['certificateIds', 'certificateIds'],
  ['certificates', 'certificateTexts'],
  ['trainingIds', 'trainingIds'],
  ['trainings', 'trainingTexts'],
  ['preferences.desiredOccupations', 'desiredOccupationTexts'],
  ['preferences.desiredOccupationIds', 'desiredOccupationIds'],
  ['preferences.preferredCityIds', 'preferredCityIds'],
  ['preferences.radiusKm', 'radiusKm'],
  ['preferences.minimumMonthlySalary', 'minimumMonthlySalary'],
  ['jobSeekingStatus', 'jobSeekingStatus'],
];

export interface ApiIssues<Field extends string> {
  /** The API's own message, by the form field it names. */
  byField: Partial<Record<Field, string>>;
  /** Issues naming a field the form does not edit: shown with the field's path. */
  other: string[];
}

/** The `issues` of a 400 answer (`{field, message}`), placed on a form's fields by their body paths. */
export function placeIssues<Field extends string>(
  body: unknown,
  fields: readonly (readonly [prefix: string, field: Field])[],
): ApiIssues<Field> {
  const found = fieldIssues(
    body,
    fields.map(([prefix]) => prefix),
  );
  const byField: Partial<Record<Field, string>> = {};
  for (const [prefix, field] of fields) {
    const message = found.byField[prefix];
    if (message !== undefined) byField[field] ??= message;
  }
  return { byField, other: found.rest };
}

/** The API's issues of a profile save, on the wizard's fields. */
export function issuesOf(body: unknown): ApiIssues<DraftField> {
  return placeIssues(body, BODY_FIELDS);
}

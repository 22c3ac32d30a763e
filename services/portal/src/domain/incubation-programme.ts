// Base staff open a programme (a cohort): its window, seats, eligibility and the rubric reviewers score
// against. The form keeps a criterion's anchors as five text boxes; the service wants at least the
// lowest (1) and highest (5) said, ids in lowercase words joined by '-' (services/incubators bases/).
import type { components } from '../api/schema';
import { shanghaiMidnight } from './shanghai-time';

type Body = components['schemas']['incubators.CreateProgrammeBody'];
export type RegistrationRule = Body['eligibility']['registration'];
export const REGISTRATION_RULES: RegistrationRule[] = ['any', 'registered', 'not-yet-registered'];

export interface CriterionForm {
  id: string;
  name: string;
  weight: number;
  /** anchors[0] says what a 1 means, anchors[4] a 5; the middle ones may stay empty */
  anchors: [string, string, string, string, string];
}

export interface ProgrammeForm {
  name: string;
  /** Shanghai calendar days, YYYY-MM-DD: applications from the first day's start to the second's */
  opensOn: string;
  closesOn: string;
  seats: number;
  founderMustBeVeteran: boolean;
  registration: RegistrationRule;
  industries: Body['eligibility']['industries'];
  rubric: CriterionForm[];
}

export function emptyCriterion(): CriterionForm {
  return { id: '', name: '', weight: 1, anchors: ['', '', '', '', ''] };
}

export function emptyProgrammeForm(): ProgrammeForm {
  return {
    name: '',
    opensOn: '',
    closesOn: '',
    seats: 10,
    founderMustBeVeteran: true,
    registration: 'any',
    industries: [],
    rubric: [emptyCriterion()],
  };
}

const CRITERION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Problems the page can name before sending, by the body's field names; values are keys under `incubation.setup.`. */
export function programmeProblems(form: ProgrammeForm): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!form.name.trim()) problems['name'] = 'required';
  if (!form.opensOn) problems['opensAt'] = 'required';
  if (!form.closesOn) problems['closesAt'] = 'required';
  else if (form.opensOn && form.closesOn <= form.opensOn) problems['closesAt'] = 'closesAfterOpens';
  if (form.rubric.length === 0) problems['rubric'] = 'oneCriterion';
  const ids = new Set<string>();
  form.rubric.forEach((criterion, index) => {
    const at = `rubric.${index}`;
    if (!CRITERION_ID.test(criterion.id)) problems[`${at}.id`] = 'criterionIdHint';
    else if (ids.has(criterion.id)) problems[`${at}.id`] = 'criterionTwice';
    ids.add(criterion.id);
    if (!criterion.name.trim()) problems[`${at}.name`] = 'required';
    if (!criterion.anchors[0].trim() || !criterion.anchors[4].trim())
      problems[`${at}.anchors`] = 'anchorsEnds';
  });
  return problems;
}

/** The body: the closing day counts whole, so the window ends at the next day's midnight in Shanghai. */
export function programmeBody(form: ProgrammeForm): Body {
  return {
    name: form.name.trim(),
    opensAt: shanghaiMidnight(form.opensOn),
    closesAt: shanghaiMidnight(nextDay(form.closesOn)),
    seats: form.seats,
    eligibility: {
      founderMustBeVeteran: form.founderMustBeVeteran,
      registration: form.registration,
      industries: form.industries,
    },
    rubric: form.rubric.map((criterion) => ({
      id: criterion.id,
      name: criterion.name.trim(),
      weight: criterion.weight,
      anchors: Object.fromEntries(
        criterion.anchors
          .map((text, index) => [String(index + 1), text.trim()] as const)
          .filter(([, text]) => text !== ''),
      ),
    })),
  };
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

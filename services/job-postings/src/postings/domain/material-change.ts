import { JobDetails } from './job';
import { sameValue } from './same-value';

/**
 * What matching reads from a job: when one of these changes, matches must be recomputed (and maybe
 * pushed again). The description, benefits, headcount and deadline do not move a match.
 */
const MATERIAL_FIELDS = [
  'title',
  'occupationId',
  'requiredSkills',
  'preferredSkills',
  'requiredCertificates',
  'location',
  'salary',
  'employmentType',
  'veteransOnly',
  'veteranPriority',
] as const satisfies readonly (keyof JobDetails)[];

type MaterialView = Pick<JobDetails, (typeof MATERIAL_FIELDS)[number]>;

export function isMaterialChange(before: JobDetails, after: JobDetails): boolean {
  return !sameValue(materialView(before), materialView(after));
}

/** Order inside the lists carries no meaning, so reordering them is no change. */
function materialView(details: JobDetails): MaterialView {
  const view = Object.fromEntries(MATERIAL_FIELDS.map((field) => [field, details[field]])) as MaterialView;
  const byId = (a: { skillId: string }, b: { skillId: string }) => a.skillId.localeCompare(b.skillId);
  return {
    ...view,
    title: view.title.trim(),
    requiredSkills: [...view.requiredSkills].sort(byId),
    preferredSkills: [...view.preferredSkills].sort(byId),
    requiredCertificates: [...view.requiredCertificates].sort(),
  };
}

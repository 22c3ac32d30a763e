import { JOB_MATERIAL_FIELDS } from '@vetlink/contracts';
import { JobDetails } from './job';
import { sameValue } from './same-value';

/** The contract's material fields (JOB_MATERIAL_FIELDS), each of which a job's details hold. */
const MATERIAL_FIELDS = JOB_MATERIAL_FIELDS satisfies readonly (keyof JobDetails)[];

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
    // Older jobs carry no list at all: none and an empty one are the same.
    skillTexts: [...(view.skillTexts ?? [])].sort(),
  };
}

import type { components } from '../api/schema';
import { endOfShanghaiDay, shanghaiDay } from './shanghai-time';
import { checkJobDraft } from './validation';

type Job = components['schemas']['job-postings.JobViewDto'];
type Create = components['schemas']['job-postings.CreateJobBody'];
type Update = components['schemas']['job-postings.UpdateJobBody'];
type Place = { lat: number; lng: number };

/** job-postings changes drafts and live jobs; a closed or filled job stays as it was. */
export function isEditable(status: Job['status']): boolean {
  return status === 'draft' || status === 'open' || status === 'paused';
}

/** The job form's values, posting or editing: what the employer sees and changes. */
export interface JobForm {
  title: string;
  description: string;
  occupationIds: string[];
  skillIds: string[];
  /** skills typed as free text: job-postings resolves those the taxonomy knows and keeps the rest */
  skillTexts: string[];
  /** certificates as typed or named ("A2驾驶证"): a required one stays required even when unknown */
  certificates: string[];
  cityId: string;
  districtId: string;
  address: string;
  salaryMin: number;
  salaryMax: number;
  employmentType: Job['employmentType'];
  headcount: number;
  /** YYYY-MM-DD, the day in Shanghai */
  deadline: string;
  veteranPriority: boolean;
  veteransOnly: boolean;
}

const DAY_MS = 86_400_000;

/** A new job's form: Nanjing, full-time, one place, 6,000–8,000 a month, open for 30 days. */
export function emptyJobForm(now = Date.now()): JobForm {
  return {
    title: '',
    description: '',
    occupationIds: [],
    skillIds: [],
    skillTexts: [],
    certificates: [],
    cityId: 'nanjing',
    districtId: '',
    address: '',
    salaryMin: 6000,
    salaryMax: 8000,
    employmentType: 'full-time',
    headcount: 1,
    deadline: shanghaiDay(new Date(now + 30 * DAY_MS).toISOString()),
    veteranPriority: true,
    veteransOnly: false,
  };
}

/** The form's problems by field, as i18n keys: the API's rules told before the request. */
export function checkJobForm(form: JobForm, now = Date.now()): Record<string, string | undefined> {
  const problems: Record<string, string | undefined> = checkJobDraft(
    { ...form, deadline: endOfShanghaiDay(form.deadline) },
    now,
  );
  if (!form.districtId) problems['districtId'] = 'validation.required';
  if (!form.address.trim()) problems['address'] = 'validation.required';
  return problems;
}

const texts = (values: readonly string[]): string[] => values.map((text) => text.trim()).filter(Boolean);

function locationOf(form: JobForm, place?: Place) {
  return {
    cityId: form.cityId,
    districtId: form.districtId,
    address: form.address.trim(),
    ...(place ?? {}),
  };
}

/** The body that posts the form as a new job (a draft); a new skill is wanted at level 3 (competent). */
export function newJobBody(form: JobForm, place?: Place): Create {
  return {
    title: form.title.trim(),
    description: form.description.trim(),
    ...(form.occupationIds[0] ? { occupationId: form.occupationIds[0] } : {}),
    requiredSkills: form.skillIds.map((skillId) => ({ skillId, level: 3 })),
    skills: texts(form.skillTexts),
    requiredCertificates: texts(form.certificates),
    location: locationOf(form, place),
    salary: { min: form.salaryMin, max: form.salaryMax },
    employmentType: form.employmentType,
    headcount: form.headcount,
    veteranPriority: form.veteranPriority,
    veteransOnly: form.veteransOnly,
    deadline: endOfShanghaiDay(form.deadline),
  } as Create;
}

export function jobFormOf(job: Job): JobForm {
  return {
    title: job.title,
    description: job.description,
    occupationIds: job.occupationId ? [job.occupationId] : [],
    skillIds: job.requiredSkills.map((skill) => skill.skillId),
    skillTexts: [...job.skillTexts],
    certificates: [...job.requiredCertificates],
    cityId: job.location.cityId,
    districtId: job.location.districtId,
    address: job.location.address,
    salaryMin: job.salary.min,
    salaryMax: job.salary.max,
    employmentType: job.employmentType,
    headcount: job.headcount,
    deadline: shanghaiDay(job.deadline),
    veteranPriority: job.veteranPriority,
    veteransOnly: job.veteransOnly,
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Only what the employer changed: a live job's edit is announced to matching and pushed on, so an
 * untouched field is not sent as if it changed. Skill levels the job had are kept; a new skill is
 * wanted at level 3 (competent), as when posting.
 */
export function jobChanges(job: Job, form: JobForm, place?: Place): Update {
  const before = jobFormOf(job);
  const changes: Record<string, unknown> = {};
  if (form.title.trim() !== before.title) changes['title'] = form.title.trim();
  if (form.description.trim() !== before.description) changes['description'] = form.description.trim();
  if (form.occupationIds[0] && form.occupationIds[0] !== before.occupationIds[0])
    changes['occupationId'] = form.occupationIds[0];
  if (!same(form.skillIds, before.skillIds)) {
    const levels = new Map(job.requiredSkills.map((skill) => [skill.skillId, skill.level]));
    changes['requiredSkills'] = form.skillIds.map((skillId) => ({
      skillId,
      level: levels.get(skillId) ?? 3,
    }));
  }
  // typed again, the texts replace those kept; job-postings moves the ones it now knows to the skills
  const skillTexts = texts(form.skillTexts);
  if (!same(skillTexts, before.skillTexts)) changes['skills'] = skillTexts;
  const certificates = texts(form.certificates);
  if (!same(certificates, before.certificates)) changes['requiredCertificates'] = certificates;
  if (
    form.cityId !== before.cityId ||
    form.districtId !== before.districtId ||
    form.address.trim() !== before.address
  )
    changes['location'] = locationOf(form, place);
  if (form.salaryMin !== before.salaryMin || form.salaryMax !== before.salaryMax)
    changes['salary'] = { min: form.salaryMin, max: form.salaryMax };
  if (form.employmentType !== before.employmentType) changes['employmentType'] = form.employmentType;
  if (form.headcount !== before.headcount) changes['headcount'] = form.headcount;
  if (form.deadline !== before.deadline) changes['deadline'] = endOfShanghaiDay(form.deadline);
  if (form.veteranPriority !== before.veteranPriority) changes['veteranPriority'] = form.veteranPriority;
  if (form.veteransOnly !== before.veteransOnly) changes['veteransOnly'] = form.veteransOnly;
  return changes as Update;
}

/** The job as a veteran would read it once the form is saved: the preview shows unsaved edits too. */
export function previewOf(job: Job, form: JobForm): Job {
  return {
    ...job,
    title: form.title.trim(),
    description: form.description.trim(),
    requiredSkills: form.skillIds.map((skillId) => ({ skillId, level: 3 })),
    skillTexts: texts(form.skillTexts),
    requiredCertificates: form.certificates,
    location: {
      ...job.location,
      cityId: form.cityId,
      districtId: form.districtId,
      address: form.address.trim(),
    },
    salary: { min: form.salaryMin, max: form.salaryMax },
    employmentType: form.employmentType,
    headcount: form.headcount,
    deadline: endOfShanghaiDay(form.deadline),
    veteranPriority: form.veteranPriority,
    veteransOnly: form.veteransOnly,
  };
}

import type { ApplicationStage } from '@vetlink/contracts';
import { translateProfile } from '@vetlink/profiles';
import { getRank, getSpecialty } from '@vetlink/taxonomy';
import type { ApplyBody } from '../api-bodies';
import type { DemoJob } from '../jobs/generate-jobs';
import { DemoRandom, type Seed } from '../random';
import type { DemoVeteran } from '../veterans/generate-veterans';

/** One move of an application after it was submitted, and who makes it. */
export interface ApplicationStep {
  stage: Exclude<ApplicationStage, 'applied'>;
  by: 'employer' | 'veteran';
}

/** A veteran applies to a job, and the application then moves through `steps`, in order. */
export interface DemoApplication {
  index: number;
  veteranIndex: number;
  veteranUserId: string;
  jobIndex: number;
  jobKey: string;
  organisationId: string;
  body: ApplyBody;
  steps: ApplicationStep[];
}

const FINAL_STAGES: readonly (readonly [ApplicationStage, number])[] = [
  ['applied', 25],
  ['viewed', 22],
  ['interview', 18],
  ['offer', 8],
  ['hired', 8],
  ['rejected', 14],
  ['withdrawn', 5],
];
const EMPLOYER_PATH = ['viewed', 'interview', 'offer', 'hired'] as const;

/**
 * Applications from veterans who are looking for work to jobs that fit them (an occupation they want,
 * or a city they would work in), at every stage of the pipeline. Never more hires than a job's headcount,
 * never the same veteran twice on one job.
 */
export function generateApplications(
  seed: Seed,
  veterans: readonly DemoVeteran[],
  jobs: readonly DemoJob[],
  count: number,
): DemoApplication[] {
  const seekers = veterans.filter((veteran) => veteran.body.jobSeekingStatus !== 'employed');
  if (seekers.length === 0 || jobs.length === 0) return [];
  const applications: DemoApplication[] = [];
  const pairs = new Set<string>();
  const hires = new Map<number, number>();
  for (let index = 0; applications.length < count && index < count * 20; index++) {
    const random = DemoRandom.of(seed, 'application', index);
    const veteran = random.pick(seekers);
    const job = fittingJob(random, veteran, jobs);
    const pair = `${veteran.index}/${job.index}`;
    if (pairs.has(pair)) continue;
    let final = random.weighted(FINAL_STAGES);
    if (final === 'hired' && (hires.get(job.index) ?? 0) >= job.body.headcount) final = 'offer';
    if (final === 'hired') hires.set(job.index, (hires.get(job.index) ?? 0) + 1);
    pairs.add(pair);
    applications.push({
      index: applications.length,
      veteranIndex: veteran.index,
      veteranUserId: veteran.userId,
      jobIndex: job.index,
      jobKey: job.key,
      organisationId: job.organisationId,
      body: random.chance(0.7) ? { coverLetter: coverLetter(veteran, job) } : {},
      steps: stepsTo(random, final),
    });
  }
  return applications;
}

/** A job they want; else one in their cities that their service qualifies them for; else one nearby. */
function fittingJob(random: DemoRandom, veteran: DemoVeteran, jobs: readonly DemoJob[]): DemoJob {
  const { desiredOccupationIds, preferredCityIds } = veteran.body.preferences;
  const wanted = jobs.filter((job) => desiredOccupationIds.includes(job.body.occupationId));
  if (wanted.length > 0 && random.chance(0.8)) return random.pick(wanted);
  const nearby = jobs.filter((job) => preferredCityIds.includes(job.body.location.cityId));
  const qualified = new Set(civilianOccupations(veteran));
  const fitting = nearby.filter((job) => qualified.has(job.body.occupationId));
  return random.pick(fitting.length > 0 ? fitting : nearby.length > 0 ? nearby : jobs);
}

function civilianOccupations(veteran: DemoVeteran): string[] {
  return translateProfile(veteran.body).occupations.map((occupation) => occupation.occupationId);
}

function stepsTo(random: DemoRandom, final: ApplicationStage): ApplicationStep[] {
  const employer = (stage: ApplicationStep['stage']): ApplicationStep => ({ stage, by: 'employer' });
  switch (final) {
    case 'applied':
      return [];
    case 'rejected':
    case 'withdrawn': {
      const reached = EMPLOYER_PATH.slice(0, random.int(0, 2)).map(employer);
      return [...reached, { stage: final, by: final === 'rejected' ? 'employer' : 'veteran' }];
    }
    default:
      return EMPLOYER_PATH.slice(0, EMPLOYER_PATH.indexOf(final) + 1).map(employer);
  }
}

function coverLetter(veteran: DemoVeteran, job: DemoJob): string {
  const record = veteran.body.serviceRecord;
  const specialty = record ? getSpecialty(record.specialtyIds[0] ?? '')?.zh : undefined;
  const rank = record?.rankId ? getRank(record.rankId)?.zh : undefined;
  const service = record
    ? `我于${record.dischargeDate.slice(0, 4)}年退役，服役${record.yearsServed}年${rank ? `，退役时军衔${rank}` : ''}${specialty ? `，在部队担任${specialty}` : ''}。`
    : '我是一名退役军人。';
  return `您好！${service}看到贵单位招聘${job.body.title}，我认为自己的经历与岗位要求相符，能吃苦、守纪律，希望能获得面试机会。`;
}

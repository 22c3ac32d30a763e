import type { JobEmploymentType } from '@vetlink/contracts';
import { getCertificate, getOccupation, getSkill } from '@vetlink/taxonomy';
import type { CreateJobBody, SkillRequirementBody } from '../api-bodies';
import {
  EMPLOYER_SIZE_JOB_WEIGHTS,
  employerKind,
  take,
  type DemoEmployer,
} from '../employers/generate-employers';
import type { DemoSector } from '../employers/sectors';
import { cityOf, districtOf, payFactorOf, pickDistrict, pointNear, streetAddress } from '../places/jiangsu';
import { deterministicHexId, DemoRandom, type Seed } from '../random';
import { DAY_MS, endOfShanghaiDayAfter, startOfShanghaiDay } from '../time';
import { jobTemplate, type JobTemplate } from './job-templates';

/** A job of the demo: the body an employer posts, and what a snapshot of it needs besides. */
export interface DemoJob {
  index: number;
  /** Stable name of the generated job, e.g. demo-job-000042. */
  key: string;
  /** The job id its snapshot carries (shaped like the MongoDB ObjectIds job-postings assigns). */
  snapshotJobId: string;
  employerIndex: number;
  organisationId: string;
  templateId: string;
  /** When a snapshot says it was published (the API stamps its own time). */
  postedAt: string;
  body: CreateJobBody;
}

export interface JobOptions {
  /** What the deadlines (in the future) and posting times (in the past) are relative to. Default: today 00:00 Shanghai. */
  now?: Date;
  idPrefix?: string;
}

/** How far from its district's centre a workplace may be. */
export const WORKPLACE_MAX_KM = 4;
/** Deadlines fall this many days after `now`. */
export const DEADLINE_DAYS = [14, 90] as const;
/** Snapshots are published up to this many days before `now`. */
export const POSTED_WITHIN_DAYS = 30;

const SALARY_NOISE = [0.95, 1.08] as const;
const SALARY_MAX_SPREAD = [0.95, 1.05] as const;

/**
 * The monthly pay a job from `templateId` in `cityId` is generated within: the template's band scaled
 * by the city's pay tier, with the noise the generator adds.
 */
export function salaryBand(templateId: string, cityId: string): { min: number; max: number } {
  const [low, high] = jobTemplate(templateId).salary;
  const factor = payFactorOf(cityId);
  return {
    min: Math.floor((low * factor * SALARY_NOISE[0]) / 100) * 100,
    max: Math.ceil((high * factor * SALARY_NOISE[1] * SALARY_MAX_SPREAD[1]) / 100) * 100 + 500,
  };
}

/**
 * Jobs, one after another, posted by `employers` (bigger employers post more). Job i depends only on
 * the seed, its index and the employers, so any prefix of the stream is the same for every length.
 */
export function* jobStream(
  seed: Seed,
  employers: readonly DemoEmployer[],
  options: JobOptions = {},
): Generator<DemoJob> {
  if (employers.length === 0) throw new Error('jobs need at least one employer');
  const now = options.now ?? startOfShanghaiDay(new Date());
  const prefix = options.idPrefix ?? 'demo';
  const pickEmployer = cumulativePicker(
    employers.map((employer) => EMPLOYER_SIZE_JOB_WEIGHTS[employer.size]),
  );
  for (let index = 0; ; index++) {
    const random = DemoRandom.of(seed, 'job', index);
    const employer = employers[pickEmployer(random)];
    if (!employer) throw new Error('picked an employer past the end of the list');
    const template = jobTemplate(random.weighted(employerKind(employer.kindId).jobs));
    yield {
      index,
      key: `${prefix}-job-${String(index + 1).padStart(6, '0')}`,
      snapshotJobId: deterministicHexId(seed, 'job', index),
      employerIndex: employer.index,
      organisationId: employer.organisationId,
      templateId: template.id,
      postedAt: new Date(
        now.getTime() - Math.round((random.float(0, POSTED_WITHIN_DAYS) * DAY_MS) / 1000) * 1000 - 1000,
      ).toISOString(),
      body: jobBody(random, template, employer, now),
    };
  }
}

export function generateJobs(
  seed: Seed,
  employers: readonly DemoEmployer[],
  count: number,
  options: JobOptions = {},
): DemoJob[] {
  return take(jobStream(seed, employers, options), count);
}

function jobBody(
  random: DemoRandom,
  template: JobTemplate,
  employer: DemoEmployer,
  now: Date,
): CreateJobBody {
  const cityId = employer.registration.cityId;
  const atHeadquarters = random.chance(0.5);
  const district =
    atHeadquarters || random.chance(0.3) ? districtOf(employer.districtId) : pickDistrict(random, cityId);
  const point = atHeadquarters ? employer.point : pointNear(random, district, WORKPLACE_MAX_KM);
  const address = atHeadquarters
    ? employer.address
    : streetAddress(random, district, employerKind(employer.kindId).addressKind);

  const { requiredSkills, preferredSkills } = skillRequirements(random, template);
  const requiredCertificates = [...random.weighted(template.certificates ?? [[[], 1]])];
  const veteransOnly = random.chance(template.veteransOnly);
  const veteranPriority = veteransOnly || random.chance(template.veteranPriority);
  const salary = salaryFor(random, template, cityId);
  const headcount = headcountFor(random, template, employer);
  const employmentType = random.weighted<JobEmploymentType>(template.employmentTypes ?? [['full-time', 1]]);
  const benefits = benefitsFor(random, template, employer.sector, employmentType);
  const education = random.pick(template.education);
  const experienceYears = random.int(...template.experienceYears);
  const title = titleFor(random, template, employer, { veteransOnly, veteranPriority, requiredCertificates });

  return {
    title,
    description: describe({
      employerName: employer.registration.name,
      title: template.title,
      headcount,
      place: `${cityOf(cityId).zh}${district.zh}`,
      duties: template.duties,
      education,
      experienceYears,
      requiredCertificates,
      requiredSkills,
      salary,
      benefits,
      veteransOnly,
      veteranPriority,
    }),
    occupationId: template.occupationId,
    requiredSkills,
    preferredSkills,
    requiredCertificates,
    education,
    experienceYears,
    location: { cityId, districtId: district.id, address, lat: point.lat, lng: point.lng },
    salary,
    employmentType,
    headcount,
    benefits,
    veteransOnly,
    veteranPriority,
    deadline: endOfShanghaiDayAfter(now, random.int(...DEADLINE_DAYS)).toISOString(),
  };
}

function skillRequirements(
  random: DemoRandom,
  template: JobTemplate,
): { requiredSkills: SkillRequirementBody[]; preferredSkills: SkillRequirementBody[] } {
  const occupation = getOccupation(template.occupationId);
  if (!occupation)
    throw new Error(`job template ${template.id}: unknown occupation ${template.occupationId}`);
  const core = occupation.coreSkills.filter((id) => !template.skipCoreSkills?.includes(id));
  const required = random.sample(core, Math.min(core.length, random.int(2, 3)));
  const optional = [
    ...core.filter((id) => !required.includes(id) && random.chance(0.7)),
    ...(template.extraSkills ?? []).filter((id) => !core.includes(id) && random.chance(0.6)),
  ];
  const [low, high] = template.skillLevels;
  return {
    requiredSkills: required.map((skillId) => ({ skillId, level: random.int(low, high) })),
    preferredSkills: optional
      .slice(0, 5)
      .map((skillId) => ({ skillId, level: Math.max(1, random.int(low, high) - 1) })),
  };
}

function salaryFor(random: DemoRandom, template: JobTemplate, cityId: string): { min: number; max: number } {
  const factor = payFactorOf(cityId) * random.float(...SALARY_NOISE);
  const min = Math.round((template.salary[0] * factor) / 100) * 100;
  const max = Math.round((template.salary[1] * factor * random.float(...SALARY_MAX_SPREAD)) / 100) * 100;
  return { min, max: Math.max(max, min + 500) };
}

const SIZE_HEADCOUNT_FACTORS = { small: 0.6, medium: 1, large: 1.6 } as const;

function headcountFor(random: DemoRandom, template: JobTemplate, employer: DemoEmployer): number {
  const base = random.int(...template.headcount);
  const scaled = Math.round(base * SIZE_HEADCOUNT_FACTORS[employer.size]);
  return Math.min(Math.max(scaled, template.headcount[0], 1), 1000);
}

const BOARD_BY_SECTOR: Readonly<Record<DemoSector, readonly (readonly [string | null, number])[]>> = {
  logistics: [
    ['包住', 3],
    ['餐补', 3],
    ['包吃住', 1],
    [null, 3],
  ],
  security: [
    ['包吃住', 4],
    ['提供宿舍', 2],
    ['餐补', 1],
    [null, 3],
  ],
  property: [
    ['包吃住', 3],
    ['提供工作餐', 2],
    [null, 3],
  ],
  manufacturing: [
    ['包住', 3],
    ['免费工作餐', 4],
    ['包吃住', 2],
    [null, 1],
  ],
  catering: [
    ['包吃住', 8],
    ['提供宿舍', 1],
    [null, 1],
  ],
  ecommerce: [
    ['餐补', 5],
    ['提供工作餐', 2],
    [null, 3],
  ],
  drones: [
    ['餐补', 4],
    ['包住', 1],
    [null, 4],
  ],
  'public-service': [
    ['提供工作餐', 5],
    [null, 5],
  ],
};

const GENERAL_BENEFITS = [
  '年终奖',
  '带薪年假',
  '节日福利',
  '绩效奖金',
  '定期体检',
  '技能培训',
  '加班补贴',
  '高温补贴',
  '全勤奖',
  '通讯补贴',
  '交通补贴',
  '工龄工资',
];

function benefitsFor(
  random: DemoRandom,
  template: JobTemplate,
  sector: DemoSector,
  employmentType: JobEmploymentType,
): string[] {
  const insurance =
    sector === 'public-service'
      ? '五险一金'
      : employmentType === 'flexible' || employmentType === 'part-time'
        ? random.weighted<string | null>([
            ['意外险', 2],
            [null, 1],
          ])
        : random.weighted<string | null>([
            ['五险一金', 14],
            ['五险', 5],
            [null, 1],
          ]);
  const board = random.weighted(BOARD_BY_SECTOR[sector]);
  const general = random.sample(GENERAL_BENEFITS, random.int(2, 4));
  const weekends =
    ['ecommerce', 'drones', 'public-service'].includes(sector) && random.chance(0.5) ? ['周末双休'] : [];
  const perks = (template.perks ?? []).filter(() => random.chance(0.7));
  const all = [insurance, board, ...perks, ...general, ...weekends].filter(
    (item): item is string => item !== null,
  );
  return [...new Set(all)];
}

function titleFor(
  random: DemoRandom,
  template: JobTemplate,
  employer: DemoEmployer,
  job: { veteransOnly: boolean; veteranPriority: boolean; requiredCertificates: readonly string[] },
): string {
  if (employer.bilingualTitles) return `${template.title} / ${template.titleEn}`;
  if (job.veteransOnly && random.chance(0.7)) return `${template.title}（限退役军人）`;
  const licence = job.requiredCertificates.find((id) => id.startsWith('driving-licence-'));
  if (licence && random.chance(0.4))
    return `${template.title}（${licence.slice('driving-licence-'.length).toUpperCase()}）`;
  if (job.veteranPriority && random.chance(0.25)) return `${template.title}（退役军人优先）`;
  return template.title;
}

const EDUCATION_TEXT = {
  none: '学历不限',
  'junior-high': '初中及以上学历',
  'senior-high': '高中（中专）及以上学历',
  'vocational-secondary': '中专（技校）及以上学历',
  associate: '大专及以上学历',
  bachelor: '本科及以上学历',
  master: '硕士及以上学历',
  doctorate: '博士学历',
} as const;

function describe(job: {
  employerName: string;
  title: string;
  headcount: number;
  place: string;
  duties: readonly string[];
  education: keyof typeof EDUCATION_TEXT;
  experienceYears: number;
  requiredCertificates: readonly string[];
  requiredSkills: readonly SkillRequirementBody[];
  salary: { min: number; max: number };
  benefits: readonly string[];
  veteransOnly: boolean;
  veteranPriority: boolean;
}): string {
  const requirements = [
    `${EDUCATION_TEXT[job.education]}，${job.experienceYears > 0 ? `${job.experienceYears}年以上相关工作经验` : '经验不限，提供岗前培训'}`,
    ...(job.requiredCertificates.length > 0
      ? [`持有${job.requiredCertificates.map((id) => getCertificate(id)?.zh ?? id).join('、')}`]
      : []),
    `熟悉${job.requiredSkills.map((skill) => getSkill(skill.skillId)?.zh ?? skill.skillId).join('、')}`,
    '身体健康，责任心强，服从工作安排',
  ];
  const veteranLine = job.veteransOnly
    ? '本岗位面向退役军人招聘，录用前需提供退役证明。'
    : job.veteranPriority
      ? '同等条件下退役军人优先录用，服役期间从事相关专业者优先。'
      : '';
  return [
    `${job.employerName}招聘${job.title}${job.headcount}名，工作地点：${job.place}。`,
    '岗位职责：',
    ...job.duties.map((duty, index) => `${index + 1}. ${duty}；`),
    '任职要求：',
    ...requirements.map((requirement, index) => `${index + 1}. ${requirement}；`),
    `薪资待遇：${job.salary.min}-${job.salary.max}元/月${job.benefits.length > 0 ? `，${job.benefits.join('、')}` : ''}。`,
    veteranLine,
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** Picks index i with probability weights[i] / sum, in O(log n) (employers number in the thousands). */
function cumulativePicker(weights: readonly number[]): (random: DemoRandom) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) cumulative.push((total += weight));
  return (random) => {
    const point = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? total) > point) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}

import { INCUBATION_FIGURES, LOAN_FIGURES, MENTOR_FIGURES } from './programme-figures';
import { TRAINING_FIGURES } from './training-figures';

/**
 * The figures the bureau reads, each with what it counts and from which event: the API and the exports
 * print these definitions beside the numbers. Adding a figure is safe; its id is stored in the tallies,
 * so renaming one is a new figure (replay the topics to fill it for the past).
 */
export const FIGURES = {
  'positions-posted': {
    zh: '发布岗位数',
    en: 'Positions posted',
    definition:
      'Jobs published (jobs.job-posted), counted on the day of publication in the job’s city and district.',
  },
  'positions-posted-veterans-only': {
    zh: '退役军人专属岗位数',
    en: 'Veterans-only positions posted',
    definition: 'Jobs published (jobs.job-posted) that only veterans may apply to (veteransOnly).',
  },
  'positions-posted-veteran-priority': {
    zh: '退役军人优先岗位数',
    en: 'Veteran-priority positions posted',
    definition: 'Jobs published (jobs.job-posted) that give veterans priority (veteranPriority).',
  },
  'positions-filled': {
    zh: '招满岗位数',
    en: 'Positions filled',
    definition:
      'Jobs closed because they were filled (jobs.job-closed, reason filled), on the day they closed.',
  },
  'positions-closed': {
    zh: '关闭岗位数',
    en: 'Positions closed',
    definition:
      'Jobs closed for any reason — filled, by the employer, or past the deadline (jobs.job-closed).',
  },
  applications: {
    zh: '投递申请数',
    en: 'Applications',
    definition:
      'Applications veterans submitted (jobs.application-submitted), in the job’s city and district.',
  },
  'applications-after-told': {
    zh: '获推送后投递数',
    en: 'Applications after being told of the job',
    definition:
      'Applications (jobs.application-submitted) whose veteran had been told of that same job before applying — by an instant push or in the weekly digest (notifications.job-told, toldAt strictly before submittedAt) — each once, on the day of the application, in the job’s city and district as the application names them. Divided by applications it gives the share of applications that followed a push or digest. Both events are kept per veteran and job and joined in whichever order they arrive.',
  },
  'applications-after-push': {
    zh: '获即时推送后投递数',
    en: 'Applications after an instant push',
    definition:
      'Of applications-after-told, those whose veteran had been told of the job by an instant push (notifications.job-told via push) before applying; each once.',
  },
  'applications-after-digest': {
    zh: '获每周精选后投递数',
    en: 'Applications after a weekly digest',
    definition:
      'Of applications-after-told, those whose veteran had been told of the job in a weekly digest (notifications.job-told via digest) before applying; each once. An application told both ways counts here and in applications-after-push, once in applications-after-told.',
  },
  hires: {
    zh: '录用人数',
    en: 'Veterans hired',
    definition:
      'Employment outcomes: veterans hired through an application (jobs.veteran-hired), on the day of the hire, in the job’s city and district.',
  },
  'posting-to-hire-hours': {
    zh: '发布至录用总时长（小时）',
    en: 'Hours from posting to hire (sum)',
    definition:
      'For each hire whose event carries the job’s publication time (jobs.veteran-hired, jobPostedAt), the hours between the two; divided by hires-timed it gives the average time to hire.',
  },
  'hires-timed': {
    zh: '可计时录用数',
    en: 'Hires with a known posting time',
    definition: 'Hires (jobs.veteran-hired) whose event carries the job’s publication time.',
  },
  'job-pushes': {
    zh: '岗位推送数',
    en: 'Job pushes',
    definition:
      'Jobs pushed to a fitting veteran (matching.job-matched), once per veteran and job version, in the job’s city and district, on the day matched.',
  },
  'employers-registered': {
    zh: '注册用人单位数',
    en: 'Employers registered',
    definition:
      'Organisations that registered to post jobs (jobs.employer-registered), on the day they registered, in the organisation’s city (no district).',
  },
  'employers-verified': {
    zh: '认证用人单位数',
    en: 'Employers verified',
    definition:
      'Registered organisations a bureau officer verified (jobs.employer-verified, one event id per organisation, so once however often it is sent), on the day verified, in the organisation’s city (no district).',
  },
  'job-pushes-opened': {
    zh: '岗位推送打开数',
    en: 'Job pushes opened',
    definition:
      'Job pushes (category job-push) a veteran opened in the in-app inbox for the first time (notifications.inbox-item-read; marking the whole inbox read is not opening), on the day opened, in the city and district of the job pushed as its publication named them (jobs.job-posted; the two events are joined in whichever order they arrive). An opening of a job whose publication insights never read is not counted; one whose event names a city counts there.',
  },
  'weekly-digests-sent': {
    zh: '每周岗位精选送达数',
    en: 'Weekly digests delivered',
    definition:
      'Weekly featured-job digests that reached a veteran’s in-app inbox (notifications.weekly-digest-delivered, once per digest and veteran), on the day delivered, in the veteran’s home city and district as the digest names them (recommendations, when composing it); a digest composed before digests named the city is kept under unknown (a city without a district under district unknown).',
  },
  'weekly-digests-opened': {
    zh: '每周岗位精选打开数',
    en: 'Weekly digests opened',
    definition:
      'Weekly digests (category weekly-digest) a veteran opened in the in-app inbox for the first time (notifications.inbox-item-read), on the day opened, in the veteran’s home city and district as the digest named them — the same place as its delivery; a digest composed before digests named the city is kept under unknown.',
  },
  ...INCUBATION_FIGURES,
  ...LOAN_FIGURES,
  ...MENTOR_FIGURES,
  ...TRAINING_FIGURES,
} as const;

export type FigureId = keyof typeof FIGURES;

export const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];

/** Figures derived from two stored ones, with their definitions, shown beside them. */
export const DERIVED_FIGURES = {
  'average-days-to-hire': {
    zh: '平均录用周期（天）',
    en: 'Average days from posting to hire',
    definition: 'posting-to-hire-hours ÷ hires-timed ÷ 24, one decimal; empty when no hire was timed.',
  },
} as const;

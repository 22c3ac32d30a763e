import type { ProfileContent } from '../profile/profile';

export interface MissingItem {
  item: string;
  /** The profile field to fill in. */
  field: string;
  /** What filling it in adds to the score. */
  points: number;
  hint: { zh: string; en: string };
}

export interface Completeness {
  /** 0-100. */
  score: number;
  /** Most important first: what the veteran should fill in next. */
  missing: MissingItem[];
}

interface Check extends MissingItem {
  isDone: (profile: ProfileContent) => boolean;
}

/**
 * In order of importance for being matched to jobs: the service record is what the crosswalk translates,
 * home and wishes steer the search, and the rest sharpens the ranking. Points add up to 100.
 */
const CHECKS: readonly Check[] = [
  {
    item: 'military-specialties',
    field: 'serviceRecord.specialtyIds',
    points: 15,
    hint: {
      zh: '填写服役期间的专业岗位，系统会将其转换为企业认可的技能',
      en: 'Add your military specialties; they are translated into skills employers look for',
    },
    isDone: (profile) => (profile.serviceRecord?.specialtyIds.length ?? 0) > 0,
  },
  {
    item: 'service-record',
    field: 'serviceRecord',
    points: 10,
    hint: { zh: '填写军种、服役年限和退役时间', en: 'Add your branch, years served and discharge date' },
    isDone: (profile) => profile.serviceRecord !== null,
  },
  {
    item: 'residence',
    field: 'residence',
    points: 10,
    hint: {
      zh: '填写居住的城市和区县，便于推荐就近岗位',
      en: 'Add the city and district you live in, to be matched with jobs nearby',
    },
    isDone: (profile) => profile.residence !== null,
  },
  {
    item: 'desired-occupations',
    field: 'preferences.desiredOccupationIds',
    points: 10,
    hint: { zh: '选择希望从事的职业', en: 'Choose the occupations you would like to work in' },
    isDone: (profile) => profile.preferences.desiredOccupationIds.length > 0,
  },
  {
    item: 'skills',
    field: 'skills',
    points: 10,
    hint: { zh: '添加您掌握的技能及熟练程度', en: 'Add the skills you have and how well you master them' },
    isDone: (profile) => profile.skills.length > 0,
  },
  {
    item: 'identity',
    field: 'identity',
    points: 10,
    hint: { zh: '填写姓名、身份证号和手机号', en: 'Add your name, ID number and mobile number' },
    isDone: (profile) =>
      Boolean(profile.identity.fullName && profile.identity.idNumber && profile.identity.phone),
  },
  {
    item: 'employment-types',
    field: 'preferences.employmentTypes',
    points: 5,
    hint: {
      zh: '选择可接受的用工形式（全职、兼职等）',
      en: 'Choose the kinds of employment you accept (full-time, part-time, ...)',
    },
    isDone: (profile) => profile.preferences.employmentTypes.length > 0,
  },
  {
    item: 'minimum-salary',
    field: 'preferences.minimumMonthlySalary',
    points: 5,
    hint: { zh: '填写期望的最低月薪', en: 'Add the lowest monthly salary you would accept' },
    isDone: (profile) => profile.preferences.minimumMonthlySalary !== null,
  },
  {
    item: 'work-area',
    field: 'preferences.preferredCityIds',
    points: 5,
    hint: {
      zh: '选择愿意工作的城市或通勤距离',
      en: 'Choose the cities you would work in, or how far you would commute',
    },
    isDone: (profile) =>
      profile.preferences.preferredCityIds.length > 0 || profile.preferences.radiusKm !== null,
  },
  {
    item: 'rank',
    field: 'serviceRecord.rankId',
    points: 5,
    hint: { zh: '填写退役时的军衔', en: 'Add your rank at discharge' },
    isDone: (profile) => Boolean(profile.serviceRecord?.rankId),
  },
  {
    item: 'education',
    field: 'education',
    points: 5,
    hint: { zh: '填写最高学历', en: 'Add your highest education' },
    isDone: (profile) => profile.education !== null,
  },
  {
    item: 'certificates',
    field: 'certificateIds',
    points: 5,
    hint: {
      zh: '添加驾驶证、职业资格等证书',
      en: 'Add your certificates, such as driving licences and vocational qualifications',
    },
    isDone: (profile) => profile.certificateIds.length > 0,
  },
  {
    item: 'trainings',
    field: 'trainingIds',
    points: 5,
    hint: {
      zh: '添加参加过的技能培训（如无人机飞控、短视频制作）',
      en: 'Add trainings you completed (e.g. drone flight control, short-video production)',
    },
    isDone: (profile) => profile.trainingIds.length > 0,
  },
];

export const COMPLETENESS_CHECKS: readonly MissingItem[] = CHECKS.map(({ isDone: _isDone, ...item }) => item);

export function assessCompleteness(profile: ProfileContent): Completeness {
  const missing = CHECKS.filter((check) => !check.isDone(profile));
  const lost = missing.reduce((total, check) => total + check.points, 0);
  return { score: 100 - lost, missing: missing.map(({ isDone: _isDone, ...item }) => item) };
}

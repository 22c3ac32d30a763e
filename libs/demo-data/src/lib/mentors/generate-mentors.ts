import { fullName } from '../people/names';
import { VETERAN_CITY_WEIGHTS, pickDistrict, streetAddress } from '../places/jiangsu';
import { DemoRandom, type Seed } from '../random';
import { startOfShanghaiDay } from '../time';
import type { DemoVeteran } from '../veterans/generate-veterans';

/**
 * The mentors' expertise areas, as the mentors service names them (it owns the list; a lib may not
 * import a service, so the seeding run against the real API is the check that they still agree).
 */
export const MENTOR_EXPERTISE = [
  'entrepreneurship',
  'e-commerce-live-streaming',
  'catering',
  'logistics',
  'agriculture',
  'finance-loans',
  'job-search-interviews',
  'law-tax',
  'manufacturing',
  'digital-skills',
  'security-services',
  'driving-transport',
] as const;
export type MentorExpertise = (typeof MENTOR_EXPERTISE)[number];

interface Archetype {
  expertise: MentorExpertise[];
  industries: string[];
  bio: (years: number) => string;
  topics: string[];
}

/** Who Jiangsu's bureaus recruit as mentors: founders, trade experts, bankers, HR managers, lawyers. */
const ARCHETYPES: readonly (readonly [Archetype, number])[] = [
  [
    {
      expertise: ['entrepreneurship', 'finance-loans'],
      industries: ['business-services', 'finance'],
      bio: (years) =>
        `退役后自主创业${years}年，办过两家企业，熟悉创业担保贷款、贴息和工商登记，愿意陪战友把想法变成能落地的计划。`,
      topics: ['创业计划书怎么写', '申请创业担保贷款', '注册个体户还是公司'],
    },
    4,
  ],
  [
    {
      expertise: ['e-commerce-live-streaming', 'digital-skills'],
      industries: ['wholesale-retail', 'information-technology'],
      bio: (years) =>
        `从事电商和直播带货${years}年，带过多个农产品和家居类目的直播间，擅长选品、短视频和店铺运营。`,
      topics: ['开一个直播间需要什么', '农产品怎么上网卖', '短视频起号'],
    },
    3,
  ],
  [
    {
      expertise: ['catering', 'entrepreneurship'],
      industries: ['hospitality-catering'],
      bio: (years) => `炊事兵出身，经营餐饮门店${years}年，熟悉选址、后厨管理、食品经营许可和外卖运营。`,
      topics: ['开一家小吃店', '办理食品经营许可证', '外卖平台怎么做'],
    },
    2,
  ],
  [
    {
      expertise: ['logistics', 'driving-transport'],
      industries: ['transport-logistics'],
      bio: (years) =>
        `在物流行业干了${years}年，从驾驶员做到车队和仓库负责人，了解冷链、快递网点和道路运输资质。`,
      topics: ['成立一家物流公司', '考取道路运输从业资格', '加盟快递网点'],
    },
    3,
  ],
  [
    {
      expertise: ['agriculture', 'e-commerce-live-streaming'],
      industries: ['agriculture'],
      bio: (years) =>
        `返乡务农${years}年，经营家庭农场和合作社，种养结合，熟悉土地流转、农机补贴和农产品品牌。`,
      topics: ['办家庭农场', '稻虾共养', '申请农机购置补贴'],
    },
    2,
  ],
  [
    {
      expertise: ['job-search-interviews'],
      industries: ['business-services', 'manufacturing'],
      bio: (years) =>
        `企业人力资源经理，招聘工作${years}年，帮助退役军人把服役经历写进简历、准备面试和选择岗位。`,
      topics: ['简历怎么写服役经历', '模拟面试', '国企和民企怎么选'],
    },
    3,
  ],
  [
    {
      expertise: ['law-tax'],
      industries: ['business-services'],
      bio: (years) =>
        `执业${years}年的律师和税务顾问，关注小微企业合同、劳动用工、税收优惠和退役军人创业扶持政策。`,
      topics: ['退役军人创业税收优惠', '劳动合同要注意什么', '合伙协议'],
    },
    2,
  ],
  [
    {
      expertise: ['security-services', 'job-search-interviews'],
      industries: ['business-services'],
      bio: (years) => `武警退役，从事安保管理${years}年，熟悉保安员证、安保公司资质和大型活动安保。`,
      topics: ['考保安员证', '进入安保行业', '开办安保服务公司'],
    },
    1,
  ],
  [
    {
      expertise: ['manufacturing', 'digital-skills'],
      industries: ['manufacturing'],
      bio: (years) =>
        `在制造企业工作${years}年，做过车间主任和设备主管，能指导技能提升、职业资格和技术岗位转型。`,
      topics: ['转型数控和设备维修', '考取电工证', '进厂做技术岗'],
    },
    2,
  ],
];

const BRANCH_WEIGHTS = [
  ['army', 6],
  ['armed-police', 2],
  ['navy', 1],
  ['air-force', 1],
  ['rocket-force', 1],
] as const;

const WU_CITIES = ['suzhou', 'wuxi', 'changzhou'];
const JIANGHUAI_CITIES = ['nanjing', 'yangzhou', 'huaian', 'zhenjiang', 'taizhou', 'yancheng'];

/** Weekly hours as a mentor with another job keeps them (Asia/Shanghai). */
const WEEKLY_PATTERNS: readonly { weekday: number; start: string; end: string }[][] = [
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '19:00', end: '21:00' })),
  [6, 7].map((weekday) => ({ weekday, start: '09:00', end: '12:00' })),
  [2, 4].map((weekday) => ({ weekday, start: '14:00', end: '17:30' })),
  [
    { weekday: 1, start: '09:00', end: '11:00' },
    { weekday: 3, start: '15:00', end: '17:00' },
    { weekday: 6, start: '10:00', end: '12:00' },
  ],
];

export interface DemoMentor {
  index: number;
  userId: string;
  /** POST /mentors (mentors service), sent with the mentor's own token; then an officer verifies. */
  application: {
    displayName: string;
    expertise: MentorExpertise[];
    industries: string[];
    cityId: string;
    districtId: string;
    modes: ('online' | 'in-person')[];
    address: string;
    meetingLink: string;
    languages: string[];
    bio: string;
    servedIn?: string;
    weeklyCapacity: number;
  };
  /** PUT /mentors/{id}/availability. */
  availability: {
    weeklyRules: { weekday: number; start: string; end: string }[];
    sessionMinutes: number[];
    bufferBeforeMinutes: number;
    bufferAfterMinutes: number;
    minNoticeMinutes: number;
    horizonDays: number;
    maxPerDay: number;
    maxPerWeek: number;
    followsPublicCalendar: boolean;
  };
  topics: string[];
}

/** Where the 66 are: Suqian's mentor pool first, Changzhou's one-on-one team next, then across Jiangsu. */
function cityOfMentor(random: DemoRandom, index: number): string {
  if (index < 16) return 'suqian';
  if (index < 24) return 'changzhou';
  return random.weighted(Object.entries(VETERAN_CITY_WEIGHTS));
}

/** Mentors across Jiangsu (66 by default, as in Suqian's pool); mentor i never depends on the count. */
export function generateMentors(seed: Seed, count = 66): DemoMentor[] {
  return Array.from({ length: count }, (_, index) => {
    const random = DemoRandom.of(seed, 'mentor', index);
    const archetype = random.weighted(ARCHETYPES);
    const cityId = cityOfMentor(random, index);
    const district = pickDistrict(random, cityId);
    const userId = `demo-mentor-${index + 1}`;
    const served = random.chance(0.6);
    const languages = ['zh'];
    if (WU_CITIES.includes(cityId) && random.chance(0.5)) languages.push('wu');
    if (JIANGHUAI_CITIES.includes(cityId) && random.chance(0.4)) languages.push('jianghuai');
    if (random.chance(0.15)) languages.push('en');
    const capacity = random.int(3, 8);
    const sessionMinutes = random.pick([[60], [45, 60], [30, 60], [90, 60]]);
    return {
      index,
      userId,
      application: {
        displayName: fullName(random, random.chance(0.8) ? 'male' : 'female'),
        expertise: archetype.expertise,
        industries: archetype.industries,
        cityId,
        districtId: district.id,
        modes: random.chance(0.7) ? ['online', 'in-person'] : random.pick([['online'], ['in-person']]),
        address: streetAddress(random, district, 'office'),
        meetingLink: `https://meeting.vetlink.cn/m/${userId}`,
        languages,
        bio: archetype.bio(random.int(4, 20)),
        ...(served ? { servedIn: random.weighted(BRANCH_WEIGHTS) } : {}),
        weeklyCapacity: capacity,
      },
      availability: {
        weeklyRules: random.pick(WEEKLY_PATTERNS),
        sessionMinutes,
        bufferBeforeMinutes: 0,
        bufferAfterMinutes: random.pick([0, 15, 15]),
        minNoticeMinutes: random.pick([12, 24, 48]) * 60,
        horizonDays: random.pick([21, 30, 45]),
        maxPerDay: random.int(1, 3),
        maxPerWeek: capacity,
        followsPublicCalendar: true,
      },
      topics: archetype.topics,
    };
  });
}

export interface DemoMentorBooking {
  veteranUserId: string;
  mentorUserId: string;
  /** POST /sessions (mentors service), sent with the veteran's token. */
  body: { mentorId: string; start: string; minutes: number; topic: string };
}

/**
 * Some booked sessions: veteran i with mentor i (one each, so that no cap refuses them), at the first
 * weekly window of the mentor at least three days after `now` (past any minimum notice), in Shanghai time.
 */
export function generateMentorBookings(
  seed: Seed,
  mentors: readonly DemoMentor[],
  veterans: readonly DemoVeteran[],
  count: number,
  now: Date,
): DemoMentorBooking[] {
  const pairs = Math.min(count, mentors.length, veterans.length);
  return Array.from({ length: pairs }, (_, index) => {
    const random = DemoRandom.of(seed, 'mentor-booking', index);
    const mentor = mentors[index];
    const start = firstWindowAfter(mentor, new Date(now.getTime() + (3 + random.int(0, 7)) * 86_400_000));
    return {
      veteranUserId: veterans[index].userId,
      mentorUserId: mentor.userId,
      body: {
        mentorId: mentor.userId,
        start,
        minutes: mentor.availability.sessionMinutes[0],
        topic: random.pick(mentor.topics),
      },
    };
  });
}

/** The start of the mentor's first weekly window on or after `from`'s Shanghai day, with +08:00. */
function firstWindowAfter(mentor: DemoMentor, from: Date): string {
  const firstDay = startOfShanghaiDay(from);
  for (let offset = 0; offset < 14; offset++) {
    const dayStart = new Date(firstDay.getTime() + offset * 86_400_000);
    const day = new Date(dayStart.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const weekday = ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const rule = mentor.availability.weeklyRules.find((candidate) => candidate.weekday === weekday);
    if (rule) return `${day}T${rule.start}:00+08:00`;
  }
  throw new Error(`mentor ${mentor.userId} has no weekly hours`);
}

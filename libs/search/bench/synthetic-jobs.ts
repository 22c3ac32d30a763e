/**
 * Synthetic but realistic job postings for Jiangsu and the query mix the matching service sends,
 * from a seeded generator so that every candidate and every run sees the same data and queries.
 */
import type { FilterExpression, GeoPoint, IndexSettings, SearchQuery } from '../src';

export interface BenchJob {
  id: string;
  title: string;
  description: string;
  skills: string[];
  cityId: string;
  districtId: string;
  salaryMin: number;
  salaryMax: number;
  employmentType: 'full-time' | 'part-time' | 'contract';
  veteranPriority: boolean;
  status: 'open';
  postedAt: number;
  _geo: GeoPoint;
}

export type QueryKind =
  | 'skills any-of 3'
  | 'geo radius + distance sort'
  | 'salary floor'
  | 'zh text'
  | 'en text'
  | 'skills+geo+salary+facets'
  | 'zh text+geo+salary';

export const QUERY_KINDS: QueryKind[] = [
  'skills any-of 3',
  'geo radius + distance sort',
  'salary floor',
  'zh text',
  'en text',
  'skills+geo+salary+facets',
  'zh text+geo+salary',
];

export const benchSettings: IndexSettings = {
  primaryKey: 'id',
  searchableAttributes: ['title', 'description'],
  filterableAttributes: [
    'skills',
    'cityId',
    'districtId',
    'salaryMin',
    'employmentType',
    'veteranPriority',
    'status',
  ],
  sortableAttributes: ['salaryMin', 'postedAt'],
  synonyms: {
    'skill:forklift': ['叉车', 'forklift'],
    'occupation:security-guard': ['保安', 'security guard'],
    'occupation:chef': ['厨师', 'chef', 'cook'],
    'occupation:truck-driver': ['货车司机', 'truck driver', 'lorry driver'],
  },
  geo: true,
};

const OCCUPATIONS: { zh: string; en: string; skills: string[] }[] = [
  { zh: '叉车司机', en: 'Forklift driver', skills: ['forklift', 'warehousing', 'safety'] },
  { zh: '叉车操作员', en: 'Forklift operator', skills: ['forklift', 'logistics'] },
  { zh: '仓库管理员', en: 'Warehouse keeper', skills: ['warehousing', 'inventory', 'erp'] },
  { zh: '保安队长', en: 'Security team leader', skills: ['security', 'team-leadership', 'fire-safety'] },
  { zh: '保安员', en: 'Security guard', skills: ['security', 'patrol'] },
  { zh: '无人机飞手', en: 'Drone pilot', skills: ['drone-piloting', 'aerial-survey'] },
  { zh: '货车司机 C1', en: 'Truck driver (C1 licence)', skills: ['light-truck-driving', 'logistics'] },
  { zh: '重卡司机 A2', en: 'Heavy truck driver (A2)', skills: ['heavy-truck-driving', 'logistics'] },
  { zh: '短视频运营', en: 'Short video operator', skills: ['video-editing', 'marketing', 'copywriting'] },
  { zh: '小龙虾厨师', en: 'Crayfish chef', skills: ['cooking', 'food-safety'] },
  { zh: '淮扬菜厨师', en: 'Huaiyang cuisine chef', skills: ['cooking', 'food-safety', 'kitchen-management'] },
  { zh: '电工', en: 'Electrician', skills: ['electrical', 'safety'] },
  { zh: '焊工', en: 'Welder', skills: ['welding', 'safety'] },
  { zh: '消防设施操作员', en: 'Fire facility operator', skills: ['fire-safety', 'equipment-maintenance'] },
  { zh: '物业经理', en: 'Property manager', skills: ['team-leadership', 'customer-service'] },
  { zh: '网约车司机', en: 'Ride-hailing driver', skills: ['light-vehicle-driving', 'customer-service'] },
  { zh: '快递分拣员', en: 'Parcel sorter', skills: ['logistics', 'warehousing'] },
  { zh: '网络安全工程师', en: 'Network security engineer', skills: ['network-security', 'linux'] },
  { zh: '汽车维修工', en: 'Car mechanic', skills: ['vehicle-maintenance', 'diagnostics'] },
  {
    zh: '应急救援队员',
    en: 'Emergency rescue team member',
    skills: ['first-aid', 'rescue', 'fitness-training'],
  },
  { zh: '健身教练', en: 'Fitness coach', skills: ['fitness-training', 'first-aid'] },
  { zh: '客服专员', en: 'Customer service specialist', skills: ['customer-service', 'copywriting'] },
  { zh: '电商主播', en: 'E-commerce live streamer', skills: ['marketing', 'video-editing'] },
  { zh: '厨房帮工', en: 'Kitchen helper', skills: ['cooking'] },
];

const EXTRA_SKILLS = [
  'first-aid',
  'team-leadership',
  'excel',
  'english',
  'radio-communication',
  'navigation',
  'mandarin-certificate',
  'night-shift',
  'cold-chain',
  'crane-operation',
  'hazmat-transport',
  'cctv-monitoring',
  'plc',
  'cad',
  'sales',
];

const DESCRIPTION_PHRASES = [
  '退役军人优先',
  '五险一金',
  '包吃包住',
  '两班倒',
  '持证上岗',
  '有相关工作经验者优先',
  '月休四天',
  '年终奖',
  '工作地点靠近地铁',
  '提供免费培训',
  '团队氛围好',
  '需要吃苦耐劳',
  '负责日常巡查',
  '熟悉本地路线',
  'veterans welcome',
  'overtime paid',
  'training provided',
  'shift work',
  'licence required',
  'meals included',
];

const CITIES: { id: string; centre: GeoPoint; districts: number }[] = [
  { id: 'nanjing', centre: { lat: 32.0603, lng: 118.7969 }, districts: 11 },
  { id: 'suzhou', centre: { lat: 31.2989, lng: 120.5853 }, districts: 8 },
  { id: 'wuxi', centre: { lat: 31.4912, lng: 120.3119 }, districts: 7 },
  { id: 'changzhou', centre: { lat: 31.8107, lng: 119.974 }, districts: 6 },
  { id: 'zhenjiang', centre: { lat: 32.1877, lng: 119.4251 }, districts: 6 },
  { id: 'nantong', centre: { lat: 31.9802, lng: 120.8943 }, districts: 7 },
  { id: 'yangzhou', centre: { lat: 32.3942, lng: 119.4129 }, districts: 6 },
  { id: 'taizhou', centre: { lat: 32.4558, lng: 119.9229 }, districts: 6 },
  { id: 'xuzhou', centre: { lat: 34.2044, lng: 117.2859 }, districts: 10 },
  { id: 'huaian', centre: { lat: 33.6104, lng: 119.0153 }, districts: 7 },
  { id: 'yancheng', centre: { lat: 33.3478, lng: 120.1633 }, districts: 9 },
  { id: 'lianyungang', centre: { lat: 34.5967, lng: 119.2216 }, districts: 6 },
  { id: 'suqian', centre: { lat: 33.9631, lng: 118.2752 }, districts: 5 },
];

const ZH_QUERIES = [
  '叉车',
  '保安',
  '厨师',
  '无人机飞手',
  '货车司机',
  '短视频运营',
  '仓库管理员',
  '小龙虾',
  '电工',
  '退役军人优先',
  '叉车司机',
  '客服',
];
const EN_QUERIES = [
  'forklift',
  'security guard',
  'chef',
  'drone pilot',
  'truck driver',
  'warehouse',
  'electrician',
  'video',
  'customer service',
  'veterans welcome',
];

/** Mulberry32: small, fast and good enough to make the same synthetic data on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (random: () => number, low: number, high: number) => low + random() * (high - low);

export function generateJobs(count: number, seed = 20_240_801): BenchJob[] {
  const random = seededRandom(seed);
  const allSkills = [
    ...new Set([...OCCUPATIONS.flatMap((occupation) => occupation.skills), ...EXTRA_SKILLS]),
  ];
  const jobs: BenchJob[] = [];
  for (let index = 0; index < count; index += 1) {
    const occupation = pick(random, OCCUPATIONS);
    const english = random() < 0.3;
    const city = random() < 0.85 ? pick(random, CITIES) : undefined;
    // Most postings cluster around a city centre; the rest are spread over the whole province.
    const point = city
      ? {
          lat: city.centre.lat + between(random, -0.25, 0.25),
          lng: city.centre.lng + between(random, -0.3, 0.3),
        }
      : { lat: between(random, 30.7, 35.1), lng: between(random, 116.3, 121.9) };
    const home = city ?? pick(random, CITIES);
    const phrases = Array.from({ length: 2 + Math.floor(random() * 3) }, () =>
      pick(random, DESCRIPTION_PHRASES),
    );
    const skills = new Set(occupation.skills.filter(() => random() < 0.85));
    while (random() < 0.5) skills.add(random() < 0.5 ? pick(random, EXTRA_SKILLS) : pick(random, allSkills));
    const salaryMin = 3000 + Math.round(random() * 90) * 100;
    jobs.push({
      id: `job-${index}`,
      title: english ? occupation.en : occupation.zh,
      description: `${english ? `${occupation.en} in ${home.id}` : `${home.id}招聘${occupation.zh}`}，${phrases.join('，')}`,
      skills: [...skills],
      cityId: home.id,
      districtId: `${home.id}-${1 + Math.floor(random() * home.districts)}`,
      salaryMin,
      salaryMax: salaryMin + 1000 + Math.round(random() * 60) * 100,
      employmentType: random() < 0.75 ? 'full-time' : random() < 0.6 ? 'contract' : 'part-time',
      veteranPriority: random() < 0.4,
      status: 'open',
      postedAt: Date.UTC(2024, 0, 1) + Math.floor(random() * 300) * 86_400_000,
      _geo: point,
    });
  }
  return jobs;
}

export interface BenchQuery {
  kind: QueryKind;
  query: SearchQuery;
}

/** `perKind` queries of every kind, each page 20 long as a matching request asks for. */
export function generateQueries(perKind: number, seed = 7): BenchQuery[] {
  const random = seededRandom(seed);
  const allSkills = [...new Set(OCCUPATIONS.flatMap((occupation) => occupation.skills))];
  const anyOf3 = (): FilterExpression => ({
    op: 'in',
    field: 'skills',
    values: [0, 1, 2].map(() => pick(random, allSkills)),
  });
  const near = () => {
    const centre = pick(random, CITIES).centre;
    return {
      centre,
      radius: {
        op: 'geoRadius',
        center: centre,
        radiusMeters: Math.round(between(random, 30_000, 80_000)),
      } as FilterExpression,
    };
  };
  const floor = (): FilterExpression => ({
    op: 'gte',
    field: 'salaryMin',
    value: 4000 + Math.round(random() * 40) * 100,
  });
  const make: Record<QueryKind, () => SearchQuery> = {
    'skills any-of 3': () => ({ filter: anyOf3(), limit: 20 }),
    'geo radius + distance sort': () => {
      const { centre, radius } = near();
      return { filter: radius, sort: [{ geoPoint: centre, direction: 'asc' }], limit: 20 };
    },
    'salary floor': () => ({ filter: floor(), sort: [{ field: 'salaryMin', direction: 'desc' }], limit: 20 }),
    'zh text': () => ({ text: pick(random, ZH_QUERIES), limit: 20 }),
    'en text': () => ({ text: pick(random, EN_QUERIES), limit: 20 }),
    'skills+geo+salary+facets': () => {
      const { centre, radius } = near();
      return {
        filter: {
          op: 'and',
          clauses: [{ op: 'eq', field: 'status', value: 'open' }, anyOf3(), radius, floor()],
        },
        sort: [{ geoPoint: centre, direction: 'asc' }],
        facets: ['employmentType', 'cityId'],
        limit: 20,
      };
    },
    'zh text+geo+salary': () => ({
      text: pick(random, ZH_QUERIES),
      filter: { op: 'and', clauses: [near().radius, floor()] },
      limit: 20,
    }),
  };
  return QUERY_KINDS.flatMap((kind) =>
    Array.from({ length: perKind }, () => ({ kind, query: make[kind]() })),
  );
}

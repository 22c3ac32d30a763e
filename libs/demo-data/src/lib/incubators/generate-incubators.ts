import { randomCreditCode } from '../identifiers/credit-code';
import { CITY_DIVISION_CODES } from '../places/division-codes';
import { DemoRandom, type Seed } from '../random';
import type { DemoVeteran } from '../veterans/generate-veterans';

/**
 * The incubation part of the demo: the bases of the cities the programme is modelled on (Nanjing's five
 * bases, the demonstration bases of Huai'an and Suqian, and Xuzhou's, where the partner banks lend), one
 * open programme each, and startup applications by demo veterans walked to every state an application
 * can rest in. Bodies are what the incubators API takes (services/incubators/src/bases/base.dto.ts,
 * applications/application.dto.ts).
 */

export interface DemoIncubationBase {
  /** Stable across runs: the seeder finds an existing base by its name. */
  key: string;
  body: {
    name: string;
    operator: string;
    cityId: string;
    address: string;
    focusIndustries: string[];
    units: { workstation?: number; 'private-office'?: number; 'meeting-room'?: number };
    equipment: string[];
    support: { kind: string; amount?: number; note?: string }[];
  };
}

const support = [
  { kind: 'rent-free-months', amount: 12 },
  { kind: 'training' },
  { kind: 'legal-help' },
  { kind: 'accounting-help' },
];

export const DEMO_INCUBATION_BASES: readonly DemoIncubationBase[] = [
  base(
    'nanjing-jiangning',
    '江宁区退役军人创业孵化基地',
    '南京市江宁区退役军人事务局',
    'nanjing',
    '江宁区天元中路 88 号',
    ['transport-logistics', 'information-technology'],
  ),
  base(
    'nanjing-qixia',
    '栖霞区退役军人就业创业园',
    '南京市栖霞区退役军人事务局',
    'nanjing',
    '栖霞区仙林大道 10 号',
    ['manufacturing', 'business-services'],
  ),
  base(
    'nanjing-pukou',
    '浦口区老兵创业服务中心',
    '南京市浦口区退役军人事务局',
    'nanjing',
    '浦口区江浦街道文德路 6 号',
    ['agriculture', 'hospitality-catering'],
  ),
  base(
    'nanjing-yuhuatai',
    '雨花台区军创空间',
    '南京市雨花台区退役军人事务局',
    'nanjing',
    '雨花台区软件大道 101 号',
    ['information-technology', 'research-technical-services'],
  ),
  base(
    'nanjing-lishui',
    '溧水区退役军人创业孵化园',
    '南京市溧水区退役军人事务局',
    'nanjing',
    '溧水区永阳街道珍珠南路 2 号',
    ['agriculture', 'transport-logistics'],
  ),
  base(
    'huaian',
    '淮安市退役军人创业孵化示范基地',
    '淮安市退役军人事务局',
    'huaian',
    '清江浦区翔宇大道 168 号',
    ['wholesale-retail', 'resident-services'],
  ),
  base(
    'suqian',
    '宿迁市退役军人创业孵化示范基地',
    '宿迁市退役军人事务局',
    'suqian',
    '宿城区洪泽湖路 128 号',
    ['wholesale-retail', 'agriculture'],
  ),
  base('xuzhou', '徐州市退役军人创业园', '徐州市退役军人事务局', 'xuzhou', '云龙区和平大道 59 号', [
    'transport-logistics',
    'construction',
  ]),
];

function base(
  key: string,
  name: string,
  operator: string,
  cityId: string,
  address: string,
  focusIndustries: string[],
): DemoIncubationBase {
  return {
    key,
    body: {
      name,
      operator,
      cityId,
      address,
      focusIndustries,
      units: { workstation: 40, 'private-office': 8, 'meeting-room': 2 },
      equipment: ['路演厅', '直播间', '共享会议室'],
      support,
    },
  };
}

/** A cohort open from a month before `now` to two months after, so that applications can be submitted. */
export function demoProgrammeBody(incubationBase: DemoIncubationBase, now: Date) {
  return {
    name: `${incubationBase.body.name} 2026 年度孵化营`,
    opensAt: new Date(now.getTime() - 30 * 86_400_000).toISOString(),
    closesAt: new Date(now.getTime() + 60 * 86_400_000).toISOString(),
    seats: 20,
    eligibility: { founderMustBeVeteran: true, registration: 'any', industries: [] as string[] },
    rubric: [
      {
        id: 'team',
        name: '团队',
        weight: 40,
        anchors: { '1': '无相关经验', '3': '有相关经验', '5': '经验丰富、分工清楚' },
      },
      {
        id: 'market',
        name: '市场',
        weight: 35,
        anchors: { '1': '需求不明', '3': '有潜在客户', '5': '已有付费客户' },
      },
      {
        id: 'veteran-jobs',
        name: '带动退役军人就业',
        weight: 25,
        anchors: { '1': '无', '3': '1–2 人', '5': '3 人以上' },
      },
    ],
  };
}

/** Where a demo application comes to rest: every state staff, officers and founders see. */
export const DEMO_STARTUP_FATES = [
  'draft',
  'submitted',
  'screening',
  'in-review',
  'waitlisted',
  'rejected',
  'withdrawn',
  'in-residence',
  'graduated',
  'exited',
] as const;
export type DemoStartupFate = (typeof DEMO_STARTUP_FATES)[number];

/** After one of each, residents are the most common: the demo shows bases with startups in residence. */
const LATER_FATES: readonly (readonly [DemoStartupFate, number])[] = [
  ['in-residence', 6],
  ['in-review', 2],
  ['submitted', 1],
  ['waitlisted', 1],
  ['rejected', 1],
  ['graduated', 1],
];

export interface DemoStartup {
  index: number;
  veteranUserId: string;
  baseKey: string;
  body: {
    ventureName: string;
    summary: string;
    industry: string;
    stage: 'idea' | 'prototype' | 'early-revenue' | 'growth';
    registration: { registered: false } | { registered: true; creditCode: string };
    fundingNeedFen: number;
    spaceNeed: { type: 'workstation' | 'private-office'; units: number } | null;
    team: { name: string; role: string; veteran: boolean; veteranId?: string }[];
  };
  fate: DemoStartupFate;
}

const VENTURES: readonly { name: string; summary: string; industry: string }[] = [
  {
    name: '兵哥冷链配送',
    summary: '为周边农场提供冷链配送，已有两辆冷藏车。',
    industry: 'transport-logistics',
  },
  { name: '戎耕有机农场', summary: '有机蔬菜种植与社区直供，带动退役军人就业。', industry: 'agriculture' },
  {
    name: '老兵安防科技',
    summary: '小区与园区智能安防系统的安装与运维。',
    industry: 'information-technology',
  },
  {
    name: '军旅主题餐厅',
    summary: '以军旅文化为主题的社区餐饮，兼做团餐。',
    industry: 'hospitality-catering',
  },
  {
    name: '迷彩家政服务',
    summary: '家政保洁与养老陪护，员工以退役军人家属为主。',
    industry: 'resident-services',
  },
  {
    name: '铁军装修工作室',
    summary: '旧房翻新与局部改造，施工队由退役工程兵组成。',
    industry: 'construction',
  },
  { name: '老兵优选电商', summary: '直播带货销售本地农产品，已开通两家网店。', industry: 'wholesale-retail' },
  { name: '强军体能训练馆', summary: '青少年体能与军训拓展课程。', industry: 'culture-sports-entertainment' },
];

const FOUNDER_NAMES = ['王军', '李强', '张伟', '刘洋', '陈刚', '杨帆', '赵磊', '周勇', '吴杰', '孙涛'];

/**
 * `count` applications by the last `count` demo veterans (the loans take the first ones), the first ten
 * one of each fate, the rest mostly residents; spread over the bases in turn.
 */
export function generateIncubatorStartups(
  seed: Seed,
  veterans: readonly DemoVeteran[],
  count: number,
): DemoStartup[] {
  const founders = veterans.slice(Math.max(0, veterans.length - count));
  return founders.map((veteran, index) => {
    const random = DemoRandom.of(seed, 'incubator-startup', index);
    const incubationBase = DEMO_INCUBATION_BASES[index % DEMO_INCUBATION_BASES.length] as DemoIncubationBase;
    const venture = random.pick(VENTURES);
    const registered = random.chance(0.4);
    const division = CITY_DIVISION_CODES[incubationBase.body.cityId] ?? '320000';
    const wantsOffice = random.chance(0.2);
    return {
      index,
      veteranUserId: veteran.userId,
      baseKey: incubationBase.key,
      body: {
        ventureName: `${venture.name}（${String(index + 1).padStart(3, '0')}）`,
        summary: venture.summary,
        industry: venture.industry,
        stage: random.pick(['idea', 'prototype', 'early-revenue', 'growth'] as const),
        registration: registered
          ? { registered: true, creditCode: randomCreditCode(random, 'enterprise', division) }
          : { registered: false },
        fundingNeedFen: random.int(5, 50) * 1_000_000,
        spaceNeed: wantsOffice
          ? { type: 'private-office', units: 1 }
          : { type: 'workstation', units: random.int(1, 3) },
        team: [
          { name: random.pick(FOUNDER_NAMES), role: '创始人', veteran: true, veteranId: veteran.userId },
          ...(random.chance(0.5)
            ? [{ name: random.pick(FOUNDER_NAMES), role: '合伙人', veteran: false }]
            : []),
        ],
      },
      fate: DEMO_STARTUP_FATES[index] ?? random.weighted(LATER_FATES),
    };
  });
}

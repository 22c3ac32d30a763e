import type { Branch } from '@vetlink/taxonomy';
import type { Sex } from '../identifiers/resident-id';

/**
 * How common each military specialty is among the men discharged in Jiangsu (drivers, infantry,
 * guards and cooks above all); specialties not listed weigh DEFAULT_SPECIALTY_WEIGHT.
 */
export const MALE_SPECIALTY_WEIGHTS: Readonly<Record<string, number>> = {
  'wheeled-vehicle-driver': 12,
  infantry: 12,
  'sentry-guard': 9,
  'armed-police-duty-soldier': 8,
  'military-cook': 6,
  'artillery-crew': 4,
  'vehicle-mechanic': 3.5,
  reconnaissance: 3,
  'heavy-transport-driver': 3,
  'depot-storekeeper': 3,
  'radio-operator': 3,
  'network-technician': 3,
  'power-supply-electrician': 3,
  'military-firefighter': 2.5,
  'drone-operator': 2.5,
  'field-medic': 2.5,
  'engineering-machinery-operator': 2,
  'combat-engineer': 2,
  'power-generation-technician': 2,
  'special-operations': 2,
  'rapid-response-unit': 2,
  'rescue-specialist': 1.5,
  'military-police': 1.5,
  'unit-clerk': 1.5,
  armourer: 1.5,
  'air-defence-crew': 1.5,
  'physical-training-instructor': 1,
};

/** Women serve mostly in medical, communications and staff posts. */
export const FEMALE_SPECIALTY_WEIGHTS: Readonly<Record<string, number>> = {
  'military-nurse': 8,
  'field-medic': 5,
  'radio-operator': 5,
  'switchboard-operator': 5,
  'unit-clerk': 4,
  'data-technician': 3,
  'cryptographic-clerk': 3,
  'finance-clerk': 2,
  'press-specialist': 2,
  'network-technician': 2,
  'military-photographer': 1.5,
  'medical-lab-technician': 1.5,
  'pharmacy-technician': 1.5,
  'military-air-traffic-controller': 1,
  'military-weather-observer': 1,
  'radar-operator': 1,
};

export const DEFAULT_SPECIALTY_WEIGHT: Readonly<Record<Sex, number>> = { male: 0.7, female: 0.15 };

export const BRANCH_WEIGHTS: Readonly<Record<Branch, number>> = {
  army: 50,
  'armed-police': 16,
  navy: 10,
  'air-force': 10,
  'rocket-force': 5,
  'strategic-support': 4,
  'joint-logistics': 5,
};

/** Rank at discharge, how common it is, and the years served that go with it (at most 16). */
export const RANK_PROFILES: readonly { rankId: string; weight: number; years: readonly [number, number] }[] =
  [
    { rankId: 'private', weight: 8, years: [2, 2] },
    { rankId: 'private-first-class', weight: 36, years: [2, 2] },
    { rankId: 'corporal', weight: 22, years: [3, 5] },
    { rankId: 'sergeant', weight: 16, years: [6, 8] },
    { rankId: 'staff-sergeant', weight: 8, years: [9, 12] },
    { rankId: 'master-sergeant-class-4', weight: 4, years: [12, 15] },
    { rankId: 'master-sergeant-class-3', weight: 2, years: [15, 16] },
    { rankId: 'second-lieutenant', weight: 1.2, years: [4, 6] },
    { rankId: 'first-lieutenant', weight: 1.2, years: [6, 9] },
    { rankId: 'captain', weight: 1, years: [9, 13] },
    { rankId: 'major', weight: 0.6, years: [13, 16] },
  ];

export const FIRST_DISCHARGE_YEAR = 2008;
export const LAST_DISCHARGE_YEAR = 2026;

/** The post a senior soldier of a specialty typically held. */
export const SPECIALTY_LEADERSHIP_ROLES: Readonly<Record<string, string>> = {
  'wheeled-vehicle-driver': 'vehicle-commander',
  'heavy-transport-driver': 'vehicle-commander',
  'tracked-vehicle-driver': 'vehicle-commander',
  'radio-operator': 'station-chief',
  'satellite-comms-operator': 'station-chief',
  'radar-operator': 'station-chief',
  'radar-technician': 'station-chief',
  'military-weather-observer': 'station-chief',
  'military-cook': 'quartermaster-sergeant',
  'rations-clerk': 'quartermaster-sergeant',
  'supply-clerk': 'quartermaster-sergeant',
  'depot-storekeeper': 'depot-director',
  'ammunition-storekeeper': 'depot-director',
  'naval-navigator': 'ship-department-head',
  'naval-engine-room': 'ship-department-head',
  'shipboard-electrician': 'ship-department-head',
};

export const OFFICER_ROLES: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  'second-lieutenant': [
    ['platoon-leader', 3],
    ['deputy-platoon-leader', 1],
  ],
  'first-lieutenant': [
    ['platoon-leader', 2],
    ['company-political-instructor', 1],
    ['detachment-leader', 1],
  ],
  captain: [
    ['company-commander', 2],
    ['company-political-instructor', 1],
  ],
  major: [
    ['battalion-commander', 1],
    ['battalion-political-instructor', 1],
  ],
};

/** College majors that go with the civilian category a specialty leads to. */
export const MAJORS_BY_CATEGORY: Readonly<Record<string, readonly string[]>> = {
  'driving-transport': ['汽车运用与维修技术', '交通运营管理', '现代物流管理'],
  catering: ['烹饪工艺与营养', '餐饮智能管理'],
  'medical-care': ['护理', '临床医学', '药学'],
  security: ['安全保卫管理', '法律事务', '治安管理'],
  electrical: ['电气自动化技术', '供用电技术', '机电一体化技术'],
  'telecom-electronics': ['现代通信技术', '电子信息工程技术', '应用电子技术'],
  'mechanical-repair': ['机械制造及自动化', '机电一体化技术', '汽车检测与维修技术'],
  'it-networking': ['计算机网络技术', '软件技术', '信息安全技术应用'],
  'logistics-warehouse': ['现代物流管理', '供应链运营'],
  'firefighting-safety': ['消防救援技术', '安全技术与管理', '应急救援技术'],
  drones: ['无人机应用技术', '测绘地理信息技术'],
  media: ['新闻采编与制作', '数字媒体技术', '摄影摄像技术'],
  'admin-office': ['行政管理', '文秘', '人力资源管理'],
  'finance-accounting': ['大数据与会计', '财务管理'],
  construction: ['建筑工程技术', '工程测量技术'],
};

export const GENERAL_MAJORS = ['市场营销', '电子商务', '工商企业管理', '计算机应用技术'];

export const VOCATIONAL_COLLEGES = [
  '南京工业职业技术大学',
  '江苏经贸职业技术学院',
  '苏州工业职业技术学院',
  '无锡职业技术学院',
  '常州机电职业技术学院',
  '徐州工业职业技术学院',
  '江苏海事职业技术学院',
  '南通职业大学',
  '扬州市职业大学',
  '淮安信息职业技术学院',
  '江苏农牧科技职业学院',
  '连云港职业技术学院',
  '宿迁职业技术学院',
  '盐城工业职业技术学院',
  '镇江市高等专科学校',
  '江苏开放大学',
];

export const UNIVERSITIES = [
  '江苏师范大学',
  '南京审计大学',
  '苏州科技大学',
  '江苏大学',
  '扬州大学',
  '南通大学',
  '中国矿业大学',
  '盐城工学院',
  '淮阴工学院',
  '常州大学',
  '江苏海洋大学',
  '南京工程学院',
];

export const MILITARY_ACADEMIES = [
  '陆军工程大学',
  '国防科技大学',
  '海军工程大学',
  '空军工程大学',
  '陆军炮兵防空兵学院',
  '武警警官学院',
  '火箭军工程大学',
  '陆军勤务学院',
];

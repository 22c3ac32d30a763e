import type { GeoPoint, IndexSettings } from '../lib/search-port';

export interface ContractJob {
  id: string;
  title: string;
  description: string;
  skills: string[];
  cityId: string;
  salaryMin: number;
  employmentType: 'full-time' | 'part-time' | 'contract';
  veteranPriority: boolean;
  /** Only some postings name a certificate, for `exists`. */
  certificate?: string;
  _geo?: GeoPoint;
}

export const NANJING_CENTRE: GeoPoint = { lat: 32.0603, lng: 118.7969 };

export const contractSettings: IndexSettings = {
  primaryKey: 'id',
  searchableAttributes: ['title', 'description'],
  filterableAttributes: ['skills', 'cityId', 'salaryMin', 'employmentType', 'veteranPriority', 'certificate'],
  sortableAttributes: ['salaryMin', 'title'],
  synonyms: {
    'skill:forklift-operation': ['叉车', 'forklift'],
    'occupation:warehouse-keeper': ['仓库管理员', 'warehouse keeper', 'storekeeper'],
  },
  geo: true,
};

/** Eight postings across Jiangsu; every salary differs so that sorting by it has one right answer. */
export const contractJobs: ContractJob[] = [
  {
    id: 'forklift-driver',
    title: '叉车司机',
    description: '负责仓库装卸，持特种设备作业证',
    skills: ['forklift', 'warehousing'],
    cityId: 'nanjing',
    salaryMin: 6000,
    employmentType: 'full-time',
    veteranPriority: true,
    certificate: 'N1',
    _geo: { lat: 31.9523, lng: 118.8395 },
  },
  {
    id: 'forklift-operator',
    title: '叉车操作员',
    description: '电商物流园区，两班倒',
    skills: ['forklift'],
    cityId: 'suzhou',
    salaryMin: 5500,
    employmentType: 'full-time',
    veteranPriority: false,
    _geo: { lat: 31.2989, lng: 120.5853 },
  },
  {
    id: 'security-captain',
    title: '保安队长',
    description: '带领十人安保团队，退役军人优先',
    skills: ['security', 'team-leadership'],
    cityId: 'nanjing',
    salaryMin: 7000,
    employmentType: 'full-time',
    veteranPriority: true,
    _geo: { lat: 32.0415, lng: 118.7781 },
  },
  {
    id: 'drone-pilot',
    title: '无人机飞手',
    description: '农业植保作业，持民航无人机驾驶员执照',
    skills: ['drone-piloting'],
    cityId: 'xuzhou',
    salaryMin: 9000,
    employmentType: 'contract',
    veteranPriority: false,
    certificate: 'CAAC',
    _geo: { lat: 34.2044, lng: 117.2859 },
  },
  {
    id: 'truck-driver',
    title: '货车司机 C1',
    description: '城配送货，熟悉无锡路线',
    skills: ['light-truck-driving', 'logistics'],
    cityId: 'wuxi',
    salaryMin: 8000,
    employmentType: 'full-time',
    veteranPriority: true,
    certificate: 'C1',
    _geo: { lat: 31.4912, lng: 120.3119 },
  },
  {
    id: 'video-operator',
    title: '短视频运营',
    description: '负责抖音账号内容策划与剪辑',
    skills: ['video-editing', 'marketing'],
    cityId: 'nanjing',
    salaryMin: 6500,
    employmentType: 'part-time',
    veteranPriority: false,
    _geo: { lat: 32.0021, lng: 118.7305 },
  },
  {
    id: 'warehouse-keeper',
    title: 'Warehouse keeper',
    description: 'Inventory control for a cold-chain depot; forklift licence preferred',
    skills: ['warehousing', 'forklift'],
    cityId: 'changzhou',
    salaryMin: 5000,
    employmentType: 'full-time',
    veteranPriority: false,
    _geo: { lat: 31.8107, lng: 119.974 },
  },
  {
    id: 'crayfish-chef',
    title: '小龙虾厨师',
    description: '盱眙龙虾馆后厨，夜班',
    skills: ['cooking'],
    cityId: 'huaian',
    salaryMin: 7500,
    employmentType: 'full-time',
    veteranPriority: false,
  },
];

export const jobsById = new Map(contractJobs.map((job) => [job.id, job]));

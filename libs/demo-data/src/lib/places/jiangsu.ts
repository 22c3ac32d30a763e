import {
  getCity,
  getDistrict,
  listEntries,
  type City,
  type DistrictInCity,
  type GeoPoint,
} from '@vetlink/taxonomy';
import type { DemoRandom } from '../random';

/**
 * Pay tiers: the southern cities pay most, the northern ones least; salaries and veterans' wage
 * expectations are scaled by the factor (tier 2 is the reference).
 */
export const CITY_TIERS: Readonly<Record<string, 1 | 2 | 3>> = {
  suzhou: 1,
  nanjing: 1,
  wuxi: 1,
  changzhou: 2,
  nantong: 2,
  zhenjiang: 2,
  yangzhou: 2,
  taizhou: 2,
  xuzhou: 3,
  yancheng: 3,
  huaian: 3,
  lianyungang: 3,
  suqian: 3,
};

export const TIER_PAY_FACTORS: Readonly<Record<1 | 2 | 3, number>> = { 1: 1.2, 2: 1.0, 3: 0.85 };

export function payFactorOf(cityId: string): number {
  const tier = CITY_TIERS[cityId];
  if (!tier) throw new Error(`no pay tier for city "${cityId}"`);
  return TIER_PAY_FACTORS[tier];
}

/** Where employers are: roughly each city's economic output (GDP 2023, 100 bn CNY). */
export const EMPLOYER_CITY_WEIGHTS: Readonly<Record<string, number>> = {
  suzhou: 24.7,
  nanjing: 17.4,
  wuxi: 15.5,
  nantong: 11.8,
  changzhou: 10.1,
  xuzhou: 8.9,
  yangzhou: 7.4,
  yancheng: 7.4,
  taizhou: 6.7,
  zhenjiang: 5.3,
  huaian: 5.0,
  suqian: 4.4,
  lianyungang: 4.4,
};

/**
 * Where veterans live: the population (2020 census, millions), with the northern cities, which send
 * more young men into the forces, weighted up.
 */
export const VETERAN_CITY_WEIGHTS: Readonly<Record<string, number>> = {
  suzhou: 12.7,
  nanjing: 9.3,
  xuzhou: 9.1 * 1.4,
  nantong: 7.7,
  wuxi: 7.5,
  yancheng: 6.7 * 1.3,
  changzhou: 5.3,
  suqian: 5.0 * 1.4,
  lianyungang: 4.6 * 1.4,
  huaian: 4.6 * 1.3,
  yangzhou: 4.6,
  taizhou: 4.5,
  zhenjiang: 3.2,
};

export function jiangsuCities(): readonly City[] {
  return listEntries('city');
}

export function cityOf(cityId: string): City {
  const city = getCity(cityId);
  if (!city) throw new Error(`unknown city "${cityId}"`);
  return city;
}

export function districtOf(districtId: string): DistrictInCity {
  const district = getDistrict(districtId);
  if (!district) throw new Error(`unknown district "${districtId}"`);
  return district;
}

/** A city's districts; the urban core is more likely than the outlying counties. */
export function pickDistrict(random: DemoRandom, cityId: string): DistrictInCity {
  const city = cityOf(cityId);
  const entries = city.districts.map(
    (district) => [district, /[县市]$/.test(district.zh) ? 0.7 : 1] as const,
  );
  return { ...random.weighted(entries), cityId };
}

/** On the mean sphere the taxonomy's distanceKm uses (radius 6371.0088 km). */
const KM_PER_DEGREE = (2 * Math.PI * 6371.0088) / 360;

/** A point uniformly within `maxKm` of `centre`, rounded to 6 decimals (about 0.1 m). */
export function pointNear(random: DemoRandom, centre: GeoPoint, maxKm: number): GeoPoint {
  const distance = maxKm * Math.sqrt(random.next());
  const bearing = 2 * Math.PI * random.next();
  const lat = centre.lat + (distance * Math.cos(bearing)) / KM_PER_DEGREE;
  const lng =
    centre.lng + (distance * Math.sin(bearing)) / (KM_PER_DEGREE * Math.cos((centre.lat * Math.PI) / 180));
  return { lat: round6(lat), lng: round6(lng) };
}

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/** Jiangsu's extent with a small margin, as the services check coordinates. */
export const JIANGSU_BOUNDS = { lat: { min: 30.5, max: 35.3 }, lng: { min: 116.2, max: 122 } } as const;

export function isInJiangsu(point: GeoPoint): boolean {
  return (
    point.lat >= JIANGSU_BOUNDS.lat.min &&
    point.lat <= JIANGSU_BOUNDS.lat.max &&
    point.lng >= JIANGSU_BOUNDS.lng.min &&
    point.lng <= JIANGSU_BOUNDS.lng.max
  );
}

const ROADS = [
  '人民路',
  '中山路',
  '解放路',
  '建设路',
  '长江路',
  '黄河路',
  '淮海路',
  '新华路',
  '文化路',
  '青年路',
  '和平路',
  '友谊路',
  '振兴路',
  '富民路',
  '兴业路',
  '创业路',
  '科技路',
  '工业大道',
  '开发大道',
  '世纪大道',
  '发展大道',
  '迎宾大道',
  '环城路',
  '健康路',
  '光明路',
  '东方大道',
  '银河路',
  '通江路',
  '滨河路',
  '学府路',
];
const PARKS = [
  '经济开发区',
  '高新技术产业开发区',
  '工业园区',
  '物流园',
  '现代服务业集聚区',
  '智能制造产业园',
];
const BUILDINGS = ['国际大厦', '金融中心', '科创大厦', '商务中心', '创业大厦', '电商产业园', '时代广场'];

/** A street address in the district: an office tower, an industrial park, or a plain street number. */
export function streetAddress(
  random: DemoRandom,
  district: DistrictInCity,
  kind: 'office' | 'industrial' | 'street',
): string {
  const road = random.pick(ROADS);
  const number = random.int(1, 888);
  if (kind === 'industrial') return `${district.zh}${random.pick(PARKS)}${road}${number}号`;
  if (kind === 'office')
    return `${district.zh}${road}${number}号${random.pick(BUILDINGS)}${random.int(2, 28)}楼`;
  return `${district.zh}${road}${number}号`;
}

/** How a place is named in a company name: the county-level city for those, otherwise the prefecture. */
export function placeNameFor(random: DemoRandom, district: DistrictInCity): string {
  const city = cityOf(district.cityId);
  const cityShort = city.zh.replace(/市$/, '');
  if (/市$/.test(district.zh) && random.chance(0.75)) return district.zh.replace(/市$/, '');
  return cityShort;
}

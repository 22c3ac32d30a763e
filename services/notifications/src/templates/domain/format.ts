import { getCity, getDistrict } from '@vetlink/taxonomy';
import type { Language } from './template';
import { formatShanghai, shanghaiDay } from '@vetlink/clock';

export function yuan(amount: number): string {
  return amount.toLocaleString('en-US');
}

export function salaryRange(salary: { min: number; max: number }, language: Language): string {
  const range = salary.min === salary.max ? yuan(salary.min) : `${yuan(salary.min)}–${yuan(salary.max)}`;
  return language === 'zh' ? `月薪 ${range} 元` : `CNY ${range} a month`;
}

export function distance(km: number, language: Language): string {
  const shown = km < 10 ? km.toFixed(1).replace(/\.0$/, '') : String(Math.round(km));
  return language === 'zh' ? `距您家 ${shown} 公里` : `${shown} km from home`;
}

/** "南京市玄武区" / "Xuanwu District, Nanjing"; falls back to ids the taxonomy does not know. */
export function place(cityId: string, districtId: string | null, language: Language): string {
  const city = getCity(cityId);
  const district = districtId ? getDistrict(districtId) : undefined;
  const cityName = city ? city[language] : cityId;
  if (!districtId) return cityName;
  const districtName = district ? district[language] : districtId;
  return language === 'zh' ? `${cityName}${districtName}` : `${districtName}, ${cityName}`;
}

export function date(instant: string | Date): string {
  return shanghaiDay(typeof instant === 'string' ? new Date(instant) : instant);
}

export function dateTime(instant: string | Date): string {
  return formatShanghai(typeof instant === 'string' ? new Date(instant) : instant);
}

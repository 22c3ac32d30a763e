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

/** Integer fen as yuan, exact (no float arithmetic): 30000000 → "300,000", 1234505 → "12,345.05". */
export function yuanFromFen(fen: number): string {
  const whole = Math.floor(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? yuan(whole) : `${yuan(whole)}.${String(cents).padStart(2, '0')}`;
}

/** "CNY 300,000" / "300,000 元". */
export function money(fen: number, language: Language): string {
  return language === 'zh' ? `${yuanFromFen(fen)} 元` : `CNY ${yuanFromFen(fen)}`;
}

/** Basis points as a percentage: 385 → "3.85%", 5000 → "50%". */
export function percent(basisPoints: number): string {
  return `${(basisPoints / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}

/**
 * China's public holidays and adjusted working days (调休), as the State Council publishes them each
 * year (for 2026: 国办发明电〔2025〕7号). Data, not rules: the dates move every year, so a new year's
 * notice is added here when it is published. On a holiday nobody is bookable unless the mentor set an
 * override for the date; an adjusted working day is a weekend day worked as a normal weekday.
 */
export interface PublicCalendarDay {
  name: { zh: string; en: string };
  kind: 'holiday' | 'working-day';
}

const holiday = (zh: string, en: string): PublicCalendarDay => ({ name: { zh, en }, kind: 'holiday' });
const workday = (zh: string, en: string): PublicCalendarDay => ({
  name: { zh: `${zh}调休上班`, en: `working day for ${en}` },
  kind: 'working-day',
});

function range(from: string, days: number, day: PublicCalendarDay): [string, PublicCalendarDay][] {
  const start = Date.parse(`${from}T00:00:00.000Z`);
  return Array.from({ length: days }, (_, index) => [
    new Date(start + index * 86_400_000).toISOString().slice(0, 10),
    day,
  ]);
}

export const CHINA_PUBLIC_CALENDAR: ReadonlyMap<string, PublicCalendarDay> = new Map([
  // 2026
  ...range('2026-01-01', 3, holiday('元旦', "New Year's Day")),
  ['2026-01-04', workday('元旦', "New Year's Day")],
  ['2026-02-14', workday('春节', 'Spring Festival')],
  ...range('2026-02-15', 9, holiday('春节', 'Spring Festival')),
  ['2026-02-28', workday('春节', 'Spring Festival')],
  ...range('2026-04-04', 3, holiday('清明节', 'Qingming Festival')),
  ...range('2026-05-01', 5, holiday('劳动节', 'Labour Day')),
  ['2026-05-09', workday('劳动节', 'Labour Day')],
  ...range('2026-06-19', 3, holiday('端午节', 'Dragon Boat Festival')),
  ['2026-09-20', workday('国庆节', 'National Day')],
  ...range('2026-09-25', 3, holiday('中秋节', 'Mid-Autumn Festival')),
  ...range('2026-10-01', 7, holiday('国庆节', 'National Day')),
  ['2026-10-10', workday('国庆节', 'National Day')],
  // 2027: the statutory days only (全国年节及纪念日放假办法), until the State Council's notice for 2027 with its
  // bridging days and adjusted working days is published and added here.
  ['2027-01-01', holiday('元旦', "New Year's Day")],
  ...range('2027-02-05', 4, holiday('春节', 'Spring Festival')),
  ...range('2027-05-01', 2, holiday('劳动节', 'Labour Day')),
  ...range('2027-10-01', 3, holiday('国庆节', 'National Day')),
]);

/** The years the table covers; beyond them only weekly rules and overrides apply. */
export const CHINA_PUBLIC_CALENDAR_YEARS = [2026, 2027] as const;

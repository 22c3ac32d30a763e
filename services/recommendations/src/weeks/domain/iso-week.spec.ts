import { isKnownTimeZone, isoWeekOf, parseIsoWeek, previousWeek } from './iso-week';

const SHANGHAI = 'Asia/Shanghai';

describe('ISO weeks in Asia/Shanghai', () => {
  it('puts Monday 09:00 in Shanghai into its own week, even though it is still Monday 01:00 UTC', () => {
    const week = isoWeekOf(new Date('2026-11-23T01:00:00Z'), SHANGHAI);
    expect(week.id).toBe('2026-W48');
    expect(week.monday).toBe('2026-11-23');
    expect(week.start.toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect(week.end.toISOString()).toBe('2026-11-29T16:00:00.000Z');
  });

  it('counts Sunday 23:30 in Shanghai to the week ending, though UTC says Sunday 15:30', () => {
    expect(isoWeekOf(new Date('2026-11-29T15:30:00Z'), SHANGHAI).id).toBe('2026-W48');
    expect(isoWeekOf(new Date('2026-11-29T16:00:00Z'), SHANGHAI).id).toBe('2026-W49');
  });

  it('handles years whose first days belong to the previous year, and 53-week years', () => {
    expect(isoWeekOf(new Date('2027-01-01T04:00:00Z'), SHANGHAI).id).toBe('2026-W53');
    expect(parseIsoWeek('2026-W53', SHANGHAI)?.monday).toBe('2026-12-28');
    expect(parseIsoWeek('2027-W53', SHANGHAI)).toBeNull();
    expect(isoWeekOf(new Date('2025-12-29T04:00:00Z'), SHANGHAI).id).toBe('2026-W01');
  });

  it('parses what it prints and refuses anything else', () => {
    const week = parseIsoWeek('2026-W48', SHANGHAI);
    expect(week?.start.toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect(parseIsoWeek('2026-W00', SHANGHAI)).toBeNull();
    expect(parseIsoWeek('2026-48', SHANGHAI)).toBeNull();
  });

  it('steps back one week across a year end', () => {
    const first = parseIsoWeek('2026-W01', SHANGHAI);
    expect(first && previousWeek(first, SHANGHAI).id).toBe('2025-W52');
  });

  it('works in a zone with daylight saving too', () => {
    const week = parseIsoWeek('2026-W14', 'Europe/Berlin');
    expect(week?.start.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(isKnownTimeZone('Asia/Shanghai')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });
});

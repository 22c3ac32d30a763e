import { forkliftJobPosted } from '@vetlink/matching-score/testing';
import { closedContributions, hireContributions, postedContributions } from './contributions-of';
import { figureTable, monthsOf } from './figure-table';
import { applyEvents, emptyTally, RECENT_EVENTS_KEPT, recentKeyOf } from './tally';
import { figuresCsv } from '../figures-csv';
import { officerCityOf } from './officer-scope';

const hire = {
  applicationId: 'a1',
  jobId: 'j1',
  employerId: 'e1',
  employerName: '南京顺达安保服务有限公司',
  veteranId: 'v1',
  jobTitle: '安保队长',
  occupationId: 'security-team-leader',
  employmentType: 'full-time' as const,
  cityId: 'nanjing',
  districtId: 'nanjing-jianye',
  salary: { min: 6000, max: 8500 },
  veteransOnly: false,
  veteranPriority: true,
  // 23:30 in Shanghai on 31 January: the hire counts in January, not on February's UTC day.
  hiredAt: '2027-01-31T15:30:00.000Z',
  jobPostedAt: '2027-01-21T15:30:00.000Z',
};

describe('what an event counts', () => {
  it('counts a hire on its Shanghai day, with the time from posting when the event carries it', () => {
    expect(hireContributions(hire)).toEqual([
      { figure: 'hires', day: '2027-01-31', cityId: 'nanjing', districtId: 'nanjing-jianye', amount: 1 },
      {
        figure: 'posting-to-hire-hours',
        day: '2027-01-31',
        cityId: 'nanjing',
        districtId: 'nanjing-jianye',
        amount: 240,
      },
      {
        figure: 'hires-timed',
        day: '2027-01-31',
        cityId: 'nanjing',
        districtId: 'nanjing-jianye',
        amount: 1,
      },
    ]);
    const { jobPostedAt: _untimed, ...older } = hire;
    expect(hireContributions(older).map((c) => c.figure)).toEqual(['hires']);
  });

  it('counts a posting and its veteran shares, and a filled job as filled and closed', () => {
    const job = forkliftJobPosted('j2', { veteransOnly: true, veteranPriority: false });
    expect(postedContributions(job).map((c) => c.figure)).toEqual([
      'positions-posted',
      'positions-posted-veterans-only',
    ]);
    const closed = {
      jobId: 'j2',
      employerId: 'e1',
      reason: 'filled' as const,
      closedAt: '2027-02-01T02:00:00.000Z',
    };
    expect(closedContributions(closed)).toEqual([
      { figure: 'positions-closed', day: '2027-02-01', cityId: 'unknown', districtId: 'unknown', amount: 1 },
      { figure: 'positions-filled', day: '2027-02-01', cityId: 'unknown', districtId: 'unknown', amount: 1 },
    ]);
  });
});

describe('a tally', () => {
  it('adds an event once, however often it arrives, and keeps only the latest ids', () => {
    const once = applyEvents(emptyTally('t', '2027-01'), [
      { eventId: 'e1', contributions: hireContributions(hire) },
    ]);
    const again = applyEvents(once, [
      { eventId: 'e1', contributions: hireContributions(hire) },
      { eventId: 'e1', contributions: hireContributions(hire) },
    ]);
    expect(again.counts).toEqual(once.counts);
    expect(once.counts['hires|nanjing|nanjing-jianye|2027-01-31']).toBe(1);
    const many = Array.from({ length: RECENT_EVENTS_KEPT + 10 }, (_, index) => ({
      eventId: `x${index}`,
      contributions: [],
    }));
    expect(applyEvents(once, many).recent).toHaveLength(RECENT_EVENTS_KEPT);
  });

  it('keeps an event id as a short key that only the same id shares, with no space in it', () => {
    const id = '0b8f7c1e-3a52-4d8e-9f61-2c4b7a9e5d10';
    expect(recentKeyOf(id)).toHaveLength(22);
    expect(recentKeyOf(id.toUpperCase())).toBe(recentKeyOf(id));
    expect(recentKeyOf('0b8f7c1e-3a52-4d8e-9f61-2c4b7a9e5d11')).not.toBe(recentKeyOf(id));
    // Not a UUID: kept whole, never equal to a UUID's key, and without a space.
    expect(recentKeyOf('e 1')).toBe('~e%201');
    expect(recentKeyOf('e1')).not.toBe(recentKeyOf('e 1'));
    const tally = applyEvents(emptyTally('t', '2027-01'), [
      { eventId: id, contributions: hireContributions(hire) },
    ]);
    expect(applyEvents(tally, [{ eventId: id, contributions: hireContributions(hire) }]).counts).toEqual(
      tally.counts,
    );
  });
});

describe('the figure table', () => {
  const tally = applyEvents(emptyTally('t', '2027-01'), [
    { eventId: 'e1', contributions: hireContributions(hire) },
    {
      eventId: 'e2',
      contributions: hireContributions({
        ...hire,
        cityId: 'xuzhou',
        districtId: 'xuzhou-gulou',
        jobPostedAt: '2027-01-30T15:30:00.000Z',
      }),
    },
    { eventId: 'e3', contributions: hireContributions({ ...hire, hiredAt: '2027-01-04T02:00:00.000Z' }) },
  ]);

  it('adds up by month and city, with the average days to hire', () => {
    const rows = figureTable([tally], { from: '2027-01-01', to: '2027-01-31', period: 'month', by: 'city' });
    // Nanjing: 240 h and a hire dated before its posting (counted as 0 h); Xuzhou: 24 h.
    expect(
      rows.map((row) => [row.period, row.cityId, row.figures.hires, row.figures['average-days-to-hire']]),
    ).toEqual([
      ['2027-01', 'nanjing', 2, 5],
      ['2027-01', 'xuzhou', 1, 1],
    ]);
  });

  it('keeps to the days asked, by ISO week, and to one city', () => {
    const rows = figureTable([tally], {
      from: '2027-01-25',
      to: '2027-01-31',
      period: 'week',
      by: 'province',
      cityId: 'nanjing',
    });
    expect(rows).toEqual([
      expect.objectContaining({
        period: '2027-W04',
        figures: expect.objectContaining({ hires: 1, 'average-days-to-hire': 10 }),
      }),
    ]);
  });

  it('names the months a span touches', () => {
    expect(monthsOf({ from: '2026-11-30', to: '2027-02-01' })).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
  });

  it('exports CSV with a title row and quoted fields', () => {
    const query = { from: '2027-01-01', to: '2027-01-31', period: 'total' as const, by: 'city' as const };
    const lines = figuresCsv(query, figureTable([tally], query)).split('\r\n');
    expect(lines[0]).toBe('"vetlink bureau figures 2027-01-01..2027-01-31 by total, all cities by city"');
    expect(lines[1].split(',').slice(0, 4)).toEqual(['period', 'cityId', 'districtId', 'positions-posted']);
    expect(lines).toHaveLength(5);
  });
});

describe("an officer's scope", () => {
  it('is their city when their organisation is one, else every city', () => {
    expect(officerCityOf({ userId: 'o', role: 'officer', organisationId: 'xuzhou' })).toBe('xuzhou');
    expect(officerCityOf({ userId: 'o', role: 'officer', organisationId: 'jiangsu-bureau' })).toBeUndefined();
    expect(officerCityOf({ userId: 'o', role: 'officer' })).toBeUndefined();
  });
});

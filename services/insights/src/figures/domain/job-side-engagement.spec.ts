import {
  digestDeliveredContributions,
  employerRegisteredContributions,
  employerVerifiedContributions,
  inboxReadContributions,
  jobToPlace,
} from './contributions-of';
import { FIGURES } from './figures';

const employer = {
  organisationId: 'org-1',
  name: '徐州汇通物流有限公司',
  industry: 'logistics',
  cityId: 'xuzhou',
};
const read = {
  notificationId: 'n1',
  userId: 'vet-1',
  type: 'job-matched',
  category: 'job-push',
  jobIds: ['job-1'],
  // 23:30 in Shanghai on 31 January: counted on that day, not on February's UTC day.
  readAt: '2027-01-31T15:30:00.000Z',
};

describe('what an employer event counts (the organisation’s city, no district)', () => {
  it('counts a registration and a verification on their own days', () => {
    expect(
      employerRegisteredContributions({ ...employer, registeredAt: '2027-01-04T02:00:00.000Z' }),
    ).toEqual([
      {
        figure: 'employers-registered',
        day: '2027-01-04',
        cityId: 'xuzhou',
        districtId: 'unknown',
        amount: 1,
      },
    ]);
    expect(
      employerVerifiedContributions({
        ...employer,
        verifiedBy: 'officer-1',
        verifiedAt: '2027-01-05T02:00:00.000Z',
      }),
    ).toEqual([
      { figure: 'employers-verified', day: '2027-01-05', cityId: 'xuzhou', districtId: 'unknown', amount: 1 },
    ]);
  });
});

describe('what an inbox event counts (a digest without a city: unknown)', () => {
  it('counts the first opening of a digest alone, leaves a push to its job’s place, nothing for other notices', () => {
    expect(inboxReadContributions({ ...read, type: 'weekly-digest', category: 'weekly-digest' })).toEqual([
      {
        figure: 'weekly-digests-opened',
        day: '2027-01-31',
        cityId: 'unknown',
        districtId: 'unknown',
        amount: 1,
      },
    ]);
    // Counted when joined with its job's place (push-opened-place.spec.ts), not from the event alone.
    expect(jobToPlace(read)).toBe('job-1');
    expect(inboxReadContributions(read)).toEqual([]);
    expect(inboxReadContributions({ ...read, type: 'loan-decided', category: 'loans', jobIds: [] })).toEqual(
      [],
    );
  });

  it('places an opening in a city when the event names one, without a join', () => {
    expect(jobToPlace({ ...read, cityId: 'suzhou' })).toBeUndefined();
    expect(inboxReadContributions({ ...read, cityId: 'suzhou' })).toEqual([
      { figure: 'job-pushes-opened', day: '2027-01-31', cityId: 'suzhou', districtId: 'unknown', amount: 1 },
    ]);
  });

  it('counts a push that names no job under unknown, as before', () => {
    expect(jobToPlace({ ...read, jobIds: [] })).toBeUndefined();
    expect(inboxReadContributions({ ...read, jobIds: [] })[0]?.cityId).toBe('unknown');
  });

  it('counts a digest delivered on the day it reached the inbox', () => {
    const { readAt: _readAt, ...item } = read;
    expect(
      digestDeliveredContributions({
        ...item,
        type: 'weekly-digest',
        category: 'weekly-digest',
        deliveredAt: '2027-02-01T00:30:00.000Z',
      }),
    ).toEqual([
      {
        figure: 'weekly-digests-sent',
        day: '2027-02-01',
        cityId: 'unknown',
        districtId: 'unknown',
        amount: 1,
      },
    ]);
  });

  it("counts a digest delivered and opened in the veteran's home city and district when the events name them", () => {
    const { readAt: _readAt, ...item } = read;
    const digest = {
      ...item,
      type: 'weekly-digest',
      category: 'weekly-digest',
      cityId: 'nanjing',
      districtId: 'nanjing-gulou',
    };
    const place = { cityId: 'nanjing', districtId: 'nanjing-gulou', amount: 1 };
    expect(digestDeliveredContributions({ ...digest, deliveredAt: '2027-02-01T00:30:00.000Z' })).toEqual([
      { figure: 'weekly-digests-sent', day: '2027-02-01', ...place },
    ]);
    expect(inboxReadContributions({ ...digest, readAt: '2027-02-02T00:30:00.000Z' })).toEqual([
      { figure: 'weekly-digests-opened', day: '2027-02-02', ...place },
    ]);
    // A district without its city is no place.
    const { cityId: _cityId, ...districtOnly } = digest;
    expect(inboxReadContributions({ ...districtOnly, readAt: '2027-02-02T00:30:00.000Z' })).toEqual([
      {
        figure: 'weekly-digests-opened',
        day: '2027-02-02',
        cityId: 'unknown',
        districtId: 'unknown',
        amount: 1,
      },
    ]);
  });

  it("counts a digest that names the veteran's home city in that city", () => {
    const { readAt: _readAt, ...item } = read;
    expect(
      digestDeliveredContributions({
        ...item,
        type: 'weekly-digest',
        category: 'weekly-digest',
        cityId: 'xuzhou',
        deliveredAt: '2027-02-01T00:30:00.000Z',
      }),
    ).toEqual([
      {
        figure: 'weekly-digests-sent',
        day: '2027-02-01',
        cityId: 'xuzhou',
        districtId: 'unknown',
        amount: 1,
      },
    ]);
  });

  it('defines every new figure in both languages', () => {
    for (const id of [
      'employers-registered',
      'employers-verified',
      'job-pushes-opened',
      'weekly-digests-sent',
      'weekly-digests-opened',
    ] as const) {
      expect(FIGURES[id].zh).toBeTruthy();
      expect(FIGURES[id].en).toBeTruthy();
      expect(FIGURES[id].definition).toContain('.');
    }
  });
});

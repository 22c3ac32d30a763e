import { EXPERTISE, Mentor } from '../../mentors/domain/mentor';
import { helpfulExpertise, rankMentors, reasonText } from './rank-mentors';
import { VeteranInterest } from './veteran-interest';

function mentor(id: string, changes: Partial<Mentor>): Mentor {
  return {
    id,
    status: 'verified',
    displayName: id,
    expertise: [],
    industries: [],
    cityId: 'nanjing',
    modes: ['in-person'],
    address: 'somewhere',
    languages: ['zh'],
    bio: 'a mentor of veterans',
    weeklyCapacity: 5,
    ratingCount: 0,
    appliedAt: new Date('2026-11-01T00:00:00Z'),
    updatedAt: new Date('2026-11-01T00:00:00Z'),
    ...changes,
  };
}

const interest: VeteranInterest = {
  veteranId: 'v1',
  revision: 1,
  cityId: 'suqian',
  preferredCityIds: ['xuzhou'],
  desiredOccupationIds: ['truck-driver', 'restaurant-owner'],
  derivedOccupationIds: ['security-guard'],
  servedIn: 'army',
  updatedAt: new Date('2026-12-01T00:00:00Z'),
};

describe('mentors for a veteran', () => {
  it('ranks by the occupations wanted first, then place, branch and rating, with reasons', () => {
    const ranked = rankMentors(
      interest,
      [
        mentor('security-nanjing', { expertise: ['security-services'] }),
        mentor('logistics-suqian', { expertise: ['logistics'], cityId: 'suqian', servedIn: 'army' }),
        mentor('startups-xuzhou', { expertise: ['entrepreneurship', 'catering'], cityId: 'xuzhou' }),
        mentor('law-only', { expertise: ['law-tax'], cityId: 'suqian' }),
      ],
      10,
    );
    expect(ranked.map((match) => match.mentor.id)).toEqual([
      'startups-xuzhou',
      'logistics-suqian',
      'security-nanjing',
    ]);
    expect(ranked[1].reasons).toEqual([
      { kind: 'expertise', expertise: 'logistics', occupationId: 'truck-driver', wanted: true },
      { kind: 'same-city', cityId: 'suqian' },
      { kind: 'same-branch', branch: 'army' },
    ]);
    expect(ranked[1].reasons.map(reasonText)).toEqual([
      'knows logistics: you want to work as Truck driver (货车司机)',
      'in your city, Suqian',
      'served in the army like you',
    ]);
    expect(ranked[0].reasons[0]).toMatchObject({ kind: 'expertise', expertise: 'catering' });
    expect(ranked[0].reasons.map(reasonText)).toContain(
      'knows entrepreneurship: you want to work as Restaurant owner-operator (餐饮店主)',
    );
  });

  it('suggests nobody whose expertise helps with none of it', () => {
    expect(rankMentors(interest, [mentor('law', { expertise: ['law-tax'] })], 5)).toEqual([]);
  });

  it('names the expertise a candidate needs, so that the index filter loses no mentor who would score', () => {
    expect(helpfulExpertise(interest)).toEqual([
      'catering',
      'driving-transport',
      'entrepreneurship',
      'logistics',
      'security-services',
    ]);
    expect(helpfulExpertise({ ...interest, desiredOccupationIds: [], derivedOccupationIds: [] })).toEqual([]);
    // Every mentor with one expertise scores exactly when that expertise is among the helpful ones.
    const helpful = new Set<string>(helpfulExpertise(interest));
    for (const expertise of EXPERTISE) {
      const ranked = rankMentors(interest, [mentor(expertise, { expertise: [expertise] })], 1);
      expect([expertise, ranked.length]).toEqual([expertise, helpful.has(expertise) ? 1 : 0]);
    }
  });

  it('gives the reasons of service, a city the veteran would work in, meeting online and rating as data and in English', () => {
    const [preferred] = rankMentors(
      { ...interest, desiredOccupationIds: [] },
      [
        mentor('guard', {
          expertise: ['security-services'],
          cityId: 'xuzhou',
          ratingAverage: 4.6,
          ratingCount: 5,
        }),
      ],
      1,
    );
    expect(preferred?.reasons.map(reasonText)).toEqual([
      'knows security-services: your service suits Security guard (保安员)',
      'in Xuzhou, a city you would work in',
      'rated 4.6 by 5 veterans',
    ]);
    const [online] = rankMentors(
      interest,
      [mentor('online', { expertise: ['logistics'], cityId: 'wuxi', modes: ['online'] })],
      1,
    );
    expect(online?.reasons.at(-1)).toEqual({ kind: 'online' });
    expect(reasonText({ kind: 'online' })).toBe('meets online');
  });
});

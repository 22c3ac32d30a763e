import { EXPERTISE, Mentor } from '../../mentors/domain/mentor';
import { helpfulExpertise, rankMentors } from './rank-mentors';
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
      'knows logistics: you want to work as Truck driver (货车司机)',
      'in your city, Suqian',
      'served in the army like you',
    ]);
    expect(ranked[0].reasons[0]).toContain('knows catering');
    expect(ranked[0].reasons).toContain(
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
});

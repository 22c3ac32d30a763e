import { receivesDigest } from './digest-recipients';

describe('who gets a digest', () => {
  it('is every veteran looking or open to offers who did not turn the digest off', () => {
    expect(receivesDigest({ jobSeekingStatus: 'actively-looking', weeklyDigest: true })).toBe(true);
    expect(receivesDigest({ jobSeekingStatus: 'open', weeklyDigest: true })).toBe(true);
    expect(receivesDigest({ jobSeekingStatus: 'employed', weeklyDigest: true })).toBe(false);
    expect(receivesDigest({ jobSeekingStatus: 'open', weeklyDigest: false })).toBe(false);
  });
});

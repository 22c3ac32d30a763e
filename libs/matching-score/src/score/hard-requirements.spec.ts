import { NOW, Random, syntheticJob, syntheticVeteran } from '../testing';
import { meetsHardRequirements, scoreMatch } from './score-match';
import { DEFAULT_POLICY } from './weights';

describe('hard requirements alone', () => {
  it('agree with the full score on every pair: eligible exactly when no component vetoes', () => {
    const random = new Random(4711);
    const veterans = Array.from({ length: 60 }, (_, index) => syntheticVeteran(random, index));
    const jobs = Array.from({ length: 200 }, (_, index) =>
      syntheticJob(random, index, NOW, { certificateChance: 0.3 }),
    );
    let eligible = 0;
    for (const veteran of veterans) {
      for (const job of jobs) {
        const expected = scoreMatch(job, veteran, NOW, DEFAULT_POLICY).eligible;
        expect(meetsHardRequirements(job, veteran, DEFAULT_POLICY)).toBe(expected);
        if (expected) eligible++;
      }
    }
    // Both outcomes occur often enough for the agreement to mean something.
    expect(eligible).toBeGreaterThan(500);
    expect(eligible).toBeLessThan(60 * 200 - 500);
  });
});

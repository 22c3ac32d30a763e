import { isValidCreditCode } from '../identifiers/credit-code';
import { generateVeterans } from '../veterans/generate-veterans';
import {
  DEMO_INCUBATION_BASES,
  DEMO_STARTUP_FATES,
  demoProgrammeBody,
  generateIncubatorStartups,
} from './generate-incubators';

describe('demo incubation', () => {
  const veterans = generateVeterans('vetlink-demo', 60);
  const startups = generateIncubatorStartups('vetlink-demo', veterans, 30);

  it('has the bases of Nanjing, Huai’an, Suqian and Xuzhou, each with space and a distinct name', () => {
    const cities = DEMO_INCUBATION_BASES.map((base) => base.body.cityId);
    expect(cities.filter((city) => city === 'nanjing')).toHaveLength(5);
    expect(new Set(cities)).toEqual(new Set(['nanjing', 'huaian', 'suqian', 'xuzhou']));
    expect(new Set(DEMO_INCUBATION_BASES.map((base) => base.body.name)).size).toBe(
      DEMO_INCUBATION_BASES.length,
    );
    for (const base of DEMO_INCUBATION_BASES) expect(base.body.units.workstation).toBeGreaterThan(0);
  });

  it('opens each programme around now, with a weighted rubric', () => {
    const now = new Date('2026-12-05T00:00:00Z');
    const programme = demoProgrammeBody(DEMO_INCUBATION_BASES[0]!, now);
    expect(Date.parse(programme.opensAt)).toBeLessThan(now.getTime());
    expect(Date.parse(programme.closesAt)).toBeGreaterThan(now.getTime());
    expect(programme.rubric.reduce((sum, criterion) => sum + criterion.weight, 0)).toBe(100);
  });

  it('walks applications to every state, by founders from the end of the veterans list', () => {
    expect(startups).toHaveLength(30);
    expect(new Set(startups.map((startup) => startup.fate))).toEqual(new Set(DEMO_STARTUP_FATES));
    expect(startups[0]!.veteranUserId).toBe(veterans[30]!.userId);
    expect(startups.filter((startup) => startup.fate === 'in-residence').length).toBeGreaterThanOrEqual(3);
    expect(new Set(startups.map((startup) => startup.baseKey)).size).toBe(DEMO_INCUBATION_BASES.length);
  });

  it('gives bodies the API takes: the founder in the team, valid credit codes, whole fen, unique venture names', () => {
    for (const { body, veteranUserId } of startups) {
      expect(body.team[0]).toMatchObject({ veteran: true, veteranId: veteranUserId });
      if (body.registration.registered) expect(isValidCreditCode(body.registration.creditCode)).toBe(true);
      expect(Number.isInteger(body.fundingNeedFen)).toBe(true);
    }
    expect(new Set(startups.map((startup) => startup.body.ventureName)).size).toBe(startups.length);
  });

  it('is the same for the same seed', () => {
    expect(generateIncubatorStartups('vetlink-demo', veterans, 30)).toEqual(startups);
  });
});

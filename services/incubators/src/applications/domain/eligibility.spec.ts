import type { Base } from '../../bases/domain/base';
import type { Programme } from '../../bases/domain/programme';
import { draftApplication } from './application.fixture';
import { checkEligibility } from './eligibility';

const base: Base = {
  id: 'base-1',
  name: 'Jiangning Veterans Startup Base',
  operator: 'Jiangning Veterans Affairs Bureau',
  cityId: 'nanjing',
  address: '1 Tianyuan Road',
  focusIndustries: ['transport-logistics'],
  units: { workstation: 5 },
  equipment: [],
  support: [],
  createdBy: 'officer-1',
  createdAt: new Date('2026-01-01T00:00:00Z'),
};
const programme: Programme = {
  id: 'prog-1',
  baseId: 'base-1',
  name: 'Spring cohort',
  opensAt: new Date('2026-02-01T00:00:00Z'),
  closesAt: new Date('2026-04-01T00:00:00Z'),
  seats: 10,
  eligibility: { founderMustBeVeteran: true, registration: 'any', industries: ['transport-logistics'] },
  rubric: [],
  createdBy: 'staff-1',
  createdAt: new Date('2026-01-02T00:00:00Z'),
};
const veteran = { hasProfile: true, hasServiceRecord: true };
const at = new Date('2026-03-01T00:00:00Z');

describe('eligibility of an application', () => {
  it('lists every rule with its result and reason, and passes when all pass', () => {
    const report = checkEligibility({
      application: draftApplication(),
      programme,
      base,
      founder: veteran,
      at,
    });
    expect(report.eligible).toBe(true);
    expect(report.rules.map((rule) => rule.rule)).toEqual([
      'window',
      'founder-is-veteran',
      'registration',
      'industry',
      'space',
    ]);
    expect(report.rules.every((rule) => rule.reason.length > 0)).toBe(true);
  });

  it('fails with a reason for each rule that is broken, keeping the others', () => {
    const application = draftApplication({
      venture: {
        ...draftApplication().venture,
        industry: 'finance',
        spaceNeed: { type: 'private-office', units: 1 },
      },
    });
    const report = checkEligibility({
      application,
      programme: { ...programme, eligibility: { ...programme.eligibility, registration: 'registered' } },
      base,
      founder: { hasProfile: true, hasServiceRecord: false },
      at: new Date('2026-05-01T00:00:00Z'),
    });
    expect(report.eligible).toBe(false);
    expect(Object.fromEntries(report.rules.map((rule) => [rule.rule, rule.passed]))).toEqual({
      window: false,
      'founder-is-veteran': false,
      registration: false,
      industry: false,
      space: false,
    });
    expect(report.rules.find((rule) => rule.rule === 'founder-is-veteran')?.reason).toMatch(/service record/);
    expect(report.rules.find((rule) => rule.rule === 'industry')?.reason).toMatch(
      /finance is not among them/,
    );
  });
});

import type { Base } from '../../bases/domain/base';
import { isOpen, Programme } from '../../bases/domain/programme';
import type { Application } from './application';

export interface RuleResult {
  rule: string;
  passed: boolean;
  reason: string;
}

export interface EligibilityReport {
  eligible: boolean;
  checkedAt: Date;
  rules: RuleResult[];
}

/** What this service knows of the founder from skills-profiles' events. */
export interface FounderStanding {
  hasProfile: boolean;
  hasServiceRecord: boolean;
}

/** Every rule of the programme with its result and reason, shown to the founder before submitting. */
export function checkEligibility(input: {
  application: Application;
  programme: Programme;
  base: Base;
  founder: FounderStanding;
  at: Date;
}): EligibilityReport {
  const { application, programme, base, founder, at } = input;
  const { venture } = application;
  const rules: RuleResult[] = [];

  rules.push(
    isOpen(programme, at)
      ? {
          rule: 'window',
          passed: true,
          reason: `applications are open until ${programme.closesAt.toISOString()}`,
        }
      : {
          rule: 'window',
          passed: false,
          reason: `applications are taken from ${programme.opensAt.toISOString()} to ${programme.closesAt.toISOString()}`,
        },
  );

  if (programme.eligibility.founderMustBeVeteran) {
    const passed = founder.hasProfile && founder.hasServiceRecord;
    rules.push({
      rule: 'founder-is-veteran',
      passed,
      reason: passed
        ? 'your veteran profile shows your service record'
        : founder.hasProfile
          ? 'your profile has no service record yet: add it to show you are a veteran'
          : 'no veteran profile is known for you yet: create one first',
    });
  }

  const registered = venture.registration.registered;
  const wanted = programme.eligibility.registration;
  const registrationPassed = wanted === 'any' || (wanted === 'registered' ? registered : !registered);
  rules.push({
    rule: 'registration',
    passed: registrationPassed,
    reason:
      wanted === 'any'
        ? 'registered companies and ventures not yet registered may both apply'
        : wanted === 'registered'
          ? registered
            ? 'the company is registered, as the programme requires'
            : 'the programme takes registered companies only: give the unified social credit code'
          : registered
            ? 'the programme takes ventures not yet registered only'
            : 'the venture is not registered yet, as the programme requires',
  });

  const industries = programme.eligibility.industries;
  const industryPassed = industries.length === 0 || industries.includes(venture.industry);
  rules.push({
    rule: 'industry',
    passed: industryPassed,
    reason:
      industries.length === 0
        ? 'every industry may apply'
        : industryPassed
          ? `${venture.industry} is one of the programme's industries`
          : `the programme takes ${industries.join(', ')}; ${venture.industry} is not among them`,
  });

  if (venture.spaceNeed) {
    const available = base.units[venture.spaceNeed.type] ?? 0;
    const passed = venture.spaceNeed.units <= available;
    rules.push({
      rule: 'space',
      passed,
      reason: passed
        ? `the base has ${available} ${venture.spaceNeed.type} unit(s) in all`
        : `the base has ${available} ${venture.spaceNeed.type} unit(s), fewer than the ${venture.spaceNeed.units} asked for`,
    });
  }

  return { eligible: rules.every((rule) => rule.passed), checkedAt: at, rules };
}

export function failingReasons(report: EligibilityReport): string {
  return report.rules
    .filter((rule) => !rule.passed)
    .map((rule) => `${rule.rule}: ${rule.reason}`)
    .join('; ');
}

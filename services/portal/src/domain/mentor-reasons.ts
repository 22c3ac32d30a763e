import type { components } from '../api/schema';

type MentorMatches = components['schemas']['mentors.MentorMatchesDto_Output'];
export type MentorMatchReason = MentorMatches['items'][number]['why'][number];

/** What a reason's words need besides its message: names the page looks up in the page's language. */
export interface ReasonNames {
  occupation(id: string): string;
  city(id: string): string;
  expertise(id: string): string;
  branch(id: string): string;
}

/** A reason as an i18n key under `mentoring.forMe.why` and its named parameters. */
export function reasonWords(
  reason: MentorMatchReason,
  names: ReasonNames,
): { key: string; params: Record<string, string | number> } {
  switch (reason.kind) {
    case 'expertise':
      return {
        key: reason.wanted ? 'wanted' : 'suited',
        params: {
          expertise: names.expertise(reason.expertise),
          occupation: names.occupation(reason.occupationId),
        },
      };
    case 'same-city':
    case 'preferred-city':
      return {
        key: reason.kind === 'same-city' ? 'sameCity' : 'preferredCity',
        params: { city: names.city(reason.cityId) },
      };
    case 'online':
      return { key: 'online', params: {} };
    case 'same-branch':
      return { key: 'sameBranch', params: { branch: names.branch(reason.branch) } };
    case 'rating':
      return { key: 'rating', params: { average: reason.average.toFixed(1), count: reason.count } };
  }
}

/** The occupations the reasons name, to look their names up once. */
export function occupationsNamed(reasons: readonly MentorMatchReason[]): string[] {
  return [
    ...new Set(reasons.flatMap((reason) => (reason.kind === 'expertise' ? [reason.occupationId] : []))),
  ];
}

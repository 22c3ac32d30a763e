import { getCity, getOccupation } from '@vetlink/taxonomy';
import { Expertise, Mentor } from '../../mentors/domain/mentor';
import { VeteranInterest } from './veteran-interest';

/** Which mentors' expertise helps towards an occupation of each category of the taxonomy. */
const EXPERTISE_BY_CATEGORY: Record<string, Expertise[]> = {
  'driving-transport': ['driving-transport', 'logistics'],
  'logistics-warehouse': ['logistics'],
  catering: ['catering'],
  agriculture: ['agriculture'],
  drones: ['agriculture', 'digital-skills'],
  security: ['security-services'],
  'firefighting-safety': ['security-services'],
  'it-networking': ['digital-skills'],
  'telecom-electronics': ['digital-skills'],
  media: ['e-commerce-live-streaming', 'digital-skills'],
  'sales-customer-service': ['e-commerce-live-streaming'],
  'finance-accounting': ['finance-loans'],
  management: ['entrepreneurship'],
  'mechanical-repair': ['manufacturing'],
  electrical: ['manufacturing'],
  construction: ['manufacturing'],
};

/** Occupations that mean running one's own business: their veterans want entrepreneurship mentors. */
const OWN_BUSINESS = /(-owner|farm-operator|livestock-farmer)$/;

/** What the ranking reads of a mentor: the fields the search index keeps for it. */
export type MentorTraits = Pick<
  Mentor,
  'id' | 'expertise' | 'cityId' | 'modes' | 'servedIn' | 'ratingAverage' | 'ratingCount'
>;

/**
 * Why a mentor was suggested, as data: a client words it in its own language (`reasonText` gives the
 * English). `wanted`: an occupation the veteran wants (else one their service record suggests).
 */
export type MentorMatchReason =
  | { kind: 'expertise'; expertise: Expertise; occupationId: string; wanted: boolean }
  | { kind: 'same-city'; cityId: string }
  | { kind: 'preferred-city'; cityId: string }
  | { kind: 'online' }
  | { kind: 'same-branch'; branch: string }
  | { kind: 'rating'; average: number; count: number };

export interface MentorMatch<Candidate extends MentorTraits = Mentor> {
  mentor: Candidate;
  score: number;
  reasons: MentorMatchReason[];
}

/**
 * The expertise that can earn a mentor a score for this veteran. A mentor with none of it scores 0 and
 * is never suggested, so the candidates the search index returns are filtered by it, and no match is lost.
 */
export function helpfulExpertise(interest: VeteranInterest): Expertise[] {
  const helpful = new Set<Expertise>();
  for (const occupationId of [...interest.desiredOccupationIds, ...interest.derivedOccupationIds]) {
    const category = getOccupation(occupationId)?.category ?? '';
    for (const expertise of EXPERTISE_BY_CATEGORY[category] ?? []) helpful.add(expertise);
    if (OWN_BUSINESS.test(occupationId)) helpful.add('entrepreneurship');
  }
  return [...helpful].sort();
}

/**
 * Ranks verified mentors for a veteran, each with the reasons it was suggested: expertise towards the
 * occupations they want (strongly) or that their service record suggests (less), starting a business,
 * the same city (or online), the same branch of service, a good rating.
 */
export function rankMentors<Candidate extends MentorTraits>(
  interest: VeteranInterest,
  mentors: readonly Candidate[],
  limit: number,
): MentorMatch<Candidate>[] {
  const matches = mentors.map((mentor) => scoreMentor(interest, mentor));
  return matches
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score || a.mentor.id.localeCompare(b.mentor.id))
    .slice(0, limit);
}

export function scoreMentor<Candidate extends MentorTraits>(
  interest: VeteranInterest,
  mentor: Candidate,
): MentorMatch<Candidate> {
  let score = 0;
  const reasons: MentorMatchReason[] = [];
  const helped = new Set<Expertise>();
  for (const [ids, weight, wanted] of [
    [interest.desiredOccupationIds, 3, true],
    [interest.derivedOccupationIds, 1, false],
  ] as const) {
    for (const occupationId of ids) {
      for (const expertise of usefulExpertise(occupationId, mentor, helped)) {
        helped.add(expertise);
        score += weight;
        reasons.push({ kind: 'expertise', expertise, occupationId, wanted });
      }
    }
  }
  if (score === 0) return { mentor, score, reasons };
  if (interest.cityId && mentor.cityId === interest.cityId) {
    score += 2;
    reasons.push({ kind: 'same-city', cityId: mentor.cityId });
  } else if (interest.preferredCityIds.includes(mentor.cityId)) {
    score += 1;
    reasons.push({ kind: 'preferred-city', cityId: mentor.cityId });
  } else if (mentor.modes.includes('online')) {
    score += 0.5;
    reasons.push({ kind: 'online' });
  }
  if (interest.servedIn && mentor.servedIn === interest.servedIn) {
    score += 1;
    reasons.push({ kind: 'same-branch', branch: interest.servedIn });
  }
  if (mentor.ratingAverage !== undefined && mentor.ratingCount >= 3) {
    score += (mentor.ratingAverage - 3) / 2;
    reasons.push({ kind: 'rating', average: mentor.ratingAverage, count: mentor.ratingCount });
  }
  return { mentor, score: Math.round(score * 100) / 100, reasons };
}

/** The mentor's expertise, not yet counted, that helps towards the occupation. */
function usefulExpertise(occupationId: string, mentor: MentorTraits, helped: Set<Expertise>): Expertise[] {
  const category = getOccupation(occupationId)?.category ?? '';
  const useful = (EXPERTISE_BY_CATEGORY[category] ?? []).filter(
    (expertise) => mentor.expertise.includes(expertise) && !helped.has(expertise),
  );
  if (
    OWN_BUSINESS.test(occupationId) &&
    mentor.expertise.includes('entrepreneurship') &&
    !helped.has('entrepreneurship')
  )
    useful.push('entrepreneurship');
  return useful;
}

/** A reason in English, for API clients that show it as it is. */
export function reasonText(reason: MentorMatchReason): string {
  switch (reason.kind) {
    case 'expertise': {
      const occupation = getOccupation(reason.occupationId);
      const why = reason.wanted ? 'you want to work as' : 'your service suits';
      return `knows ${reason.expertise}: ${why} ${occupation?.en ?? reason.occupationId} (${occupation?.zh ?? ''})`;
    }
    case 'same-city':
      return `in your city, ${getCity(reason.cityId)?.en ?? reason.cityId}`;
    case 'preferred-city':
      return `in ${getCity(reason.cityId)?.en ?? reason.cityId}, a city you would work in`;
    case 'online':
      return 'meets online';
    case 'same-branch':
      return `served in the ${reason.branch} like you`;
    case 'rating':
      return `rated ${reason.average} by ${reason.count} veterans`;
  }
}

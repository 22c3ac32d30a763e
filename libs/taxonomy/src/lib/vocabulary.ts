/** How strongly a military specialty, training or certificate evidences a civilian skill or occupation. */
export const STRENGTHS = ['direct', 'partial', 'transferable'] as const;
export type Strength = (typeof STRENGTHS)[number];

/** The matching score multiplies skill and occupation overlap by these, so they are part of the contract. */
export const STRENGTH_WEIGHTS: Readonly<Record<Strength, number>> = {
  direct: 1.0,
  partial: 0.6,
  transferable: 0.3,
};

/** Ordered from the most junior, so the index compares bands. */
export const SENIORITY_BANDS = ['entry', 'skilled', 'supervisory', 'management'] as const;
export type SeniorityBand = (typeof SENIORITY_BANDS)[number];

/** Services of the PLA and the People's Armed Police as recorded on discharge papers. */
export const BRANCHES = [
  'army',
  'navy',
  'air-force',
  'rocket-force',
  'armed-police',
  'strategic-support',
  'joint-logistics',
] as const;
export type Branch = (typeof BRANCHES)[number];

export const RANK_TIERS = ['conscript', 'nco', 'officer'] as const;
export type RankTier = (typeof RANK_TIERS)[number];

/** Shared by skills and occupations so a search facet can cover both. */
export const CATEGORIES = [
  'driving-transport',
  'catering',
  'medical-care',
  'security',
  'electrical',
  'telecom-electronics',
  'mechanical-repair',
  'it-networking',
  'logistics-warehouse',
  'firefighting-safety',
  'drones',
  'media',
  'management',
  'admin-office',
  'finance-accounting',
  'construction',
  'agriculture',
  'sales-customer-service',
  'property-services',
  'public-service',
  'maritime',
  'aviation',
  'surveying-science',
  'sports-fitness',
] as const;
export type Category = (typeof CATEGORIES)[number];

export function strongerOf(a: Strength, b: Strength): Strength {
  return STRENGTH_WEIGHTS[a] >= STRENGTH_WEIGHTS[b] ? a : b;
}

export function bandRank(band: SeniorityBand): number {
  return SENIORITY_BANDS.indexOf(band);
}

export function higherBand(a: SeniorityBand, b: SeniorityBand): SeniorityBand {
  return bandRank(a) >= bandRank(b) ? a : b;
}

export function bandAtLeast(band: SeniorityBand, minimum: SeniorityBand): boolean {
  return bandRank(band) >= bandRank(minimum);
}

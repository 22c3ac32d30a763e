export {
  STRENGTHS,
  STRENGTH_WEIGHTS,
  SENIORITY_BANDS,
  BRANCHES,
  RANK_TIERS,
  CATEGORIES,
  bandAtLeast,
} from './lib/vocabulary';
export type { Strength, SeniorityBand, Branch, RankTier, Category } from './lib/vocabulary';
export type {
  Skill,
  Occupation,
  Certificate,
  Specialty,
  Training,
  Rank,
  LeadershipRole,
  City,
  District,
  SkillLink,
  OccupationLink,
} from './lib/schemas';
export type { EntryByKind, TaxonomyKind } from './lib/entries-by-kind';
export { TaxonomyDataError } from './lib/load-taxonomy';
export type { DistrictInCity } from './lib/load-taxonomy';
export {
  listEntries,
  getEntry,
  findByName,
  getSkill,
  getOccupation,
  getCertificate,
  getSpecialty,
  getTraining,
  getCity,
  getDistrict,
  getRank,
  getRole,
  isKnownSkillId,
  isKnownOccupationId,
  isKnownCertificateId,
  isKnownSpecialtyId,
  isKnownTrainingId,
  isKnownCityId,
  isKnownDistrictId,
  isKnownRankId,
  isKnownRoleId,
} from './lib/lookups';
export { normaliseTerm } from './lib/terms';
export { taxonomyIdField } from './lib/id-field';
export { certificatesCovered, certificateSatisfies } from './lib/certificates';
export { seniorityBandOf, seniorityBandOfTitle } from './lib/seniority';
export { translateServiceRecord, UnknownTaxonomyIdError } from './lib/translate-service-record';
export type {
  ServiceRecord,
  CivilianProfile,
  DerivedSkill,
  DerivedOccupation,
} from './lib/translate-service-record';
export type { Provenance } from './lib/merge-claims';
export { searchSynonyms } from './lib/search-synonyms';
export { distanceKm } from './lib/distance';
export type { GeoPoint } from './lib/distance';
export { INDUSTRIES } from './lib/industries';
export type { Industry } from './lib/industries';
export { resolveTerm, similarity, bigramsOf, coreOf } from './lib/resolve-terms';
export type { ResolvableKind, ResolutionMethod, TermResolution } from './lib/resolve-terms';
export { textTermId, isTextTermId, textOfTermId } from './lib/text-term-ids';
export { prepareSuggestions, suggestTerms, SUGGESTIBLE_KINDS } from './lib/suggest-terms';
export type { SuggestibleKind, TermSuggestion } from './lib/suggest-terms';

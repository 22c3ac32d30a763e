import type { EntryByKind, TaxonomyKind } from './entries-by-kind';
import { loadTaxonomy, type DistrictInCity } from './load-taxonomy';
import type {
  Certificate,
  City,
  LeadershipRole,
  Occupation,
  Rank,
  Skill,
  Specialty,
  Training,
} from './schemas';
import { normaliseTerm } from './terms';

export function listEntries<Kind extends TaxonomyKind>(kind: Kind): readonly EntryByKind[Kind][] {
  return loadTaxonomy().entries[kind].all;
}

export function getEntry<Kind extends TaxonomyKind>(kind: Kind, id: string): EntryByKind[Kind] | undefined {
  return loadTaxonomy().entries[kind].byId.get(id);
}

/** Matches the Chinese or English name or any synonym, ignoring case, width, spacing and hyphenation. */
export function findByName<Kind extends TaxonomyKind>(
  kind: Kind,
  text: string,
): EntryByKind[Kind] | undefined {
  return loadTaxonomy().entries[kind].byNormalisedTerm.get(normaliseTerm(text));
}

export const getSkill = (id: string): Skill | undefined => getEntry('skill', id);
export const getOccupation = (id: string): Occupation | undefined => getEntry('occupation', id);
export const getCertificate = (id: string): Certificate | undefined => getEntry('certificate', id);
export const getSpecialty = (id: string): Specialty | undefined => getEntry('specialty', id);
export const getTraining = (id: string): Training | undefined => getEntry('training', id);
export const getCity = (id: string): City | undefined => getEntry('city', id);
export const getRank = (id: string): Rank | undefined => getEntry('rank', id);
export const getRole = (id: string): LeadershipRole | undefined => getEntry('role', id);

export function getDistrict(id: string): DistrictInCity | undefined {
  return loadTaxonomy().districts.get(id);
}

export const isKnownSkillId = (id: string): boolean => getSkill(id) !== undefined;
export const isKnownOccupationId = (id: string): boolean => getOccupation(id) !== undefined;
export const isKnownCertificateId = (id: string): boolean => getCertificate(id) !== undefined;
export const isKnownSpecialtyId = (id: string): boolean => getSpecialty(id) !== undefined;
export const isKnownTrainingId = (id: string): boolean => getTraining(id) !== undefined;
export const isKnownCityId = (id: string): boolean => getCity(id) !== undefined;
export const isKnownDistrictId = (id: string): boolean => getDistrict(id) !== undefined;
export const isKnownRankId = (id: string): boolean => getRank(id) !== undefined;
export const isKnownRoleId = (id: string): boolean => getRole(id) !== undefined;

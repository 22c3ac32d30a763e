import type {
  Certificate,
  City,
  LeadershipRole,
  Occupation,
  Rank,
  Skill,
  Specialty,
  TaxonomyData,
  Training,
} from './schemas';

export interface EntryByKind {
  skill: Skill;
  occupation: Occupation;
  certificate: Certificate;
  specialty: Specialty;
  training: Training;
  city: City;
  rank: Rank;
  role: LeadershipRole;
}

export type TaxonomyKind = keyof EntryByKind;

export type EntriesByKind = { [Kind in TaxonomyKind]: readonly EntryByKind[Kind][] };

export function entriesByKind(data: TaxonomyData): EntriesByKind {
  return {
    skill: data.skills,
    occupation: data.occupations,
    certificate: data.certificates,
    specialty: data.specialties,
    training: data.trainings,
    city: data.regions,
    rank: data.ranks.ranks,
    role: data.ranks.leadershipRoles,
  };
}

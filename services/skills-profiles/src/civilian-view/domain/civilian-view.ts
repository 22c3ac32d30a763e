import { type CivilianSources, type DeclaredSkill, translateProfile } from '@vetlink/profiles';
import {
  getEntry,
  type Provenance,
  type SeniorityBand,
  STRENGTH_WEIGHTS,
  type Strength,
  type TaxonomyKind,
} from '@vetlink/taxonomy';

export interface Name {
  zh: string;
  en: string;
}

export interface ProvenanceView extends Provenance {
  name: Name;
}

/** Where a skill in the civilian view comes from: the veteran's own claim, the crosswalk, or both. */
export type SkillSource = 'declared' | 'derived' | 'declared-and-derived';

export interface CivilianSkill {
  skillId: string;
  name: Name;
  source: SkillSource;
  /** The veteran's own level (1-5) when declared; derived skills have none. */
  level: number | null;
  verified: boolean;
  /** How strongly the service record evidences it, when derived. */
  strength: Strength | null;
  derivedFrom: ProvenanceView[];
}

export interface CivilianOccupation {
  occupationId: string;
  name: Name;
  strength: Strength;
  derivedFrom: ProvenanceView[];
}

export interface CivilianView {
  seniorityBand: SeniorityBand;
  skills: CivilianSkill[];
  occupations: CivilianOccupation[];
}

export type CivilianViewSources = CivilianSources & { skills: readonly DeclaredSkill[] };

/**
 * The profile as an employer reads it: specialties, trainings and certificates translated into civilian
 * skills and occupations, each with the sources behind it, merged with the skills the veteran declared
 * (which keep their own level). Declared skills come first, highest level first; then derived ones,
 * strongest first.
 */
export function civilianViewOf(sources: CivilianViewSources): CivilianView {
  const translation = translateProfile(sources);
  const derived = new Map(translation.derivedSkills.map((skill) => [skill.skillId, skill]));
  const declared = sources.skills.map((skill): CivilianSkill => {
    const evidence = derived.get(skill.skillId);
    return {
      skillId: skill.skillId,
      name: nameOf('skill', skill.skillId),
      source: evidence ? 'declared-and-derived' : 'declared',
      level: skill.level,
      verified: skill.verification !== null,
      strength: evidence?.strength ?? null,
      derivedFrom: (evidence?.from ?? []).map(describeProvenance),
    };
  });
  const declaredIds = new Set(sources.skills.map((skill) => skill.skillId));
  const derivedOnly = translation.derivedSkills
    .filter((skill) => !declaredIds.has(skill.skillId))
    .map((skill): CivilianSkill => ({
      skillId: skill.skillId,
      name: nameOf('skill', skill.skillId),
      source: 'derived',
      level: null,
      verified: false,
      strength: skill.strength,
      derivedFrom: skill.from.map(describeProvenance),
    }));
  return {
    seniorityBand: translation.seniorityBand,
    skills: [...declared.sort(byDeclaredLevel), ...derivedOnly.sort(byStrength)],
    occupations: translation.occupations.map((occupation) => ({
      occupationId: occupation.occupationId,
      name: nameOf('occupation', occupation.occupationId),
      strength: occupation.strength,
      derivedFrom: occupation.from.map(describeProvenance),
    })),
  };
}

function describeProvenance(provenance: Provenance): ProvenanceView {
  return { ...provenance, name: nameOf(provenance.kind, provenance.id) };
}

function nameOf(kind: TaxonomyKind, id: string): Name {
  const entry = getEntry(kind, id);
  return entry ? { zh: entry.zh, en: entry.en } : { zh: id, en: id };
}

function byDeclaredLevel(a: CivilianSkill, b: CivilianSkill): number {
  return (
    (b.level ?? 0) - (a.level ?? 0) ||
    Number(b.verified) - Number(a.verified) ||
    a.skillId.localeCompare(b.skillId)
  );
}

function byStrength(a: CivilianSkill, b: CivilianSkill): number {
  const weight = (skill: CivilianSkill) => (skill.strength ? STRENGTH_WEIGHTS[skill.strength] : 0);
  return weight(b) - weight(a) || a.skillId.localeCompare(b.skillId);
}

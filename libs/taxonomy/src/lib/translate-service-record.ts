import { certificatesCovered } from './certificates';
import type { TaxonomyKind } from './entries-by-kind';
import { getCertificate, getEntry, getSpecialty, getTraining } from './lookups';
import { mergeClaims, type Claim, type Provenance } from './merge-claims';
import type { OccupationLink, SkillLink, Specialty } from './schemas';
import { seniorityBandOf } from './seniority';
import { isTextTermId } from './text-term-ids';
import { bandAtLeast, type SeniorityBand, type Strength } from './vocabulary';

/** A veteran's military record, as taxonomy ids. */
export interface ServiceRecord {
  specialties: readonly string[];
  rankId?: string;
  roles?: readonly string[];
  trainings: readonly string[];
  certificates: readonly string[];
}

export interface DerivedSkill {
  skillId: string;
  strength: Strength;
  from: Provenance[];
}

export interface DerivedOccupation {
  occupationId: string;
  strength: Strength;
  from: Provenance[];
}

/** The same veteran in the terms an employer's job posting uses. */
export interface CivilianProfile {
  derivedSkills: DerivedSkill[];
  occupations: DerivedOccupation[];
  seniorityBand: SeniorityBand;
}

export class UnknownTaxonomyIdError extends Error {
  constructor(readonly unknownIds: { kind: TaxonomyKind; id: string }[]) {
    super(`Unknown taxonomy ids: ${unknownIds.map(({ kind, id }) => `${kind} "${id}"`).join(', ')}`);
    this.name = 'UnknownTaxonomyIdError';
  }
}

/**
 * Ids are stable, so an unknown one means the caller stored something it never validated; failing
 * loudly beats a profile that silently lost part of the veteran's service.
 */
export function translateServiceRecord(record: ServiceRecord): CivilianProfile {
  const unknownIds = findUnknownIds(record);
  if (unknownIds.length > 0) throw new UnknownTaxonomyIdError(unknownIds);

  const specialties = record.specialties.flatMap((id) => getSpecialty(id) ?? []);
  const trainings = record.trainings.flatMap((id) => getTraining(id) ?? []);
  const seniorityBand = seniorityBandOf(record.rankId, record.roles ?? []);

  const skillClaims = [
    ...specialties.flatMap((specialty) =>
      skillClaimsOf(specialty.skills, { kind: 'specialty', id: specialty.id }),
    ),
    ...trainings.flatMap((training) => skillClaimsOf(training.skills, { kind: 'training', id: training.id })),
    ...record.certificates.flatMap(certificateSkillClaims),
  ];
  const occupationClaims = [
    ...specialties.flatMap((specialty) => specialtyOccupationClaims(specialty, seniorityBand)),
    ...trainings.flatMap((training) =>
      occupationClaimsOf(training.occupations, { kind: 'training', id: training.id }),
    ),
  ];

  return {
    derivedSkills: mergeClaims(skillClaims).map(({ targetId, strength, from }) => ({
      skillId: targetId,
      strength,
      from,
    })),
    occupations: mergeClaims(occupationClaims).map(({ targetId, strength, from }) => ({
      occupationId: targetId,
      strength,
      from,
    })),
    seniorityBand,
  };
}

function findUnknownIds(record: ServiceRecord): { kind: TaxonomyKind; id: string }[] {
  const requested: { kind: TaxonomyKind; id: string }[] = [
    ...record.specialties.map((id) => ({ kind: 'specialty' as const, id })),
    ...record.trainings.map((id) => ({ kind: 'training' as const, id })),
    // A certificate typed that the taxonomy does not know travels as an id of its text: known, not mapped.
    ...record.certificates
      .filter((id) => !isTextTermId(id))
      .map((id) => ({ kind: 'certificate' as const, id })),
    ...(record.rankId === undefined ? [] : [{ kind: 'rank' as const, id: record.rankId }]),
    ...(record.roles ?? []).map((id) => ({ kind: 'role' as const, id })),
  ];
  return requested.filter(({ kind, id }) => getEntry(kind, id) === undefined);
}

function skillClaimsOf(links: readonly SkillLink[], from: Provenance): Claim[] {
  return links.map((link) => ({ targetId: link.skillId, strength: link.strength, from }));
}

function occupationClaimsOf(links: readonly OccupationLink[], from: Provenance): Claim[] {
  return links.map((link) => ({ targetId: link.occupationId, strength: link.strength, from }));
}

/** A licence brings the skills of every class it covers, credited to the licence actually held. */
function certificateSkillClaims(heldId: string): Claim[] {
  return [...certificatesCovered([heldId])].flatMap((coveredId) =>
    skillClaimsOf(getCertificate(coveredId)?.skills ?? [], { kind: 'certificate', id: heldId }),
  );
}

function specialtyOccupationClaims(specialty: Specialty, seniorityBand: SeniorityBand): Claim[] {
  const from: Provenance = { kind: 'specialty', id: specialty.id };
  const reachedBySeniority = (specialty.seniorityOccupations ?? []).filter((gated) =>
    bandAtLeast(seniorityBand, gated.minBand),
  );
  return [
    ...occupationClaimsOf(specialty.occupations, from),
    ...occupationClaimsOf(reachedBySeniority, from),
  ];
}

import type { Branch } from '@vetlink/taxonomy';

/** What this service keeps of a veteran's profile to suggest mentors: read from profile events. */
export interface VeteranInterest {
  veteranId: string;
  revision: number;
  cityId?: string;
  preferredCityIds: string[];
  desiredOccupationIds: string[];
  /** The strongest occupations read from the service record, trainings and certificates. */
  derivedOccupationIds: string[];
  servedIn?: Branch;
  updatedAt: Date;
}

export interface ProfileSnapshotPart {
  veteranId: string;
  revision: number;
  residence: { cityId: string } | null;
  serviceRecord: { branch: Branch } | null;
  derivedOccupations: { occupationId: string; strength: string }[];
  desiredOccupationIds: string[];
  preferredCityIds: string[];
  updatedAt: string;
}

const STRENGTH_ORDER = ['strong', 'medium', 'weak'];

export function interestFromSnapshot(snapshot: ProfileSnapshotPart): VeteranInterest {
  const derived = [...snapshot.derivedOccupations]
    .sort((a, b) => STRENGTH_ORDER.indexOf(a.strength) - STRENGTH_ORDER.indexOf(b.strength))
    .slice(0, 5)
    .map((occupation) => occupation.occupationId);
  return {
    veteranId: snapshot.veteranId,
    revision: snapshot.revision,
    ...(snapshot.residence ? { cityId: snapshot.residence.cityId } : {}),
    preferredCityIds: snapshot.preferredCityIds,
    desiredOccupationIds: snapshot.desiredOccupationIds,
    derivedOccupationIds: derived,
    ...(snapshot.serviceRecord ? { servedIn: snapshot.serviceRecord.branch } : {}),
    updatedAt: new Date(snapshot.updatedAt),
  };
}

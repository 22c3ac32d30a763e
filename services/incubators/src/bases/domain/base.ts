/** Kinds of space a base lets, each counted in units (a workstation, an office, a meeting room). */
export const SPACE_TYPES = ['workstation', 'private-office', 'meeting-room'] as const;
export type SpaceType = (typeof SPACE_TYPES)[number];

export const SUPPORT_KINDS = [
  'rent-free-months',
  'seed-funding',
  'training',
  'legal-help',
  'accounting-help',
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export interface SupportOffered {
  kind: SupportKind;
  /** Months for rent-free-months, fen for seed-funding, absent otherwise. */
  amount?: number;
  note?: string;
}

/** A veterans' startup incubation base (Nanjing runs five; Huai'an and Suqian demonstration bases). */
export interface Base {
  id: string;
  name: string;
  operator: string;
  cityId: string;
  address: string;
  focusIndustries: string[];
  /** How many units of each space type the base has: never more is allocated (see unit claims). */
  units: Partial<Record<SpaceType, number>>;
  /** Shared equipment and rooms that are not allocated (a 3D printer, a roadshow hall). */
  equipment: string[];
  support: SupportOffered[];
  createdBy: string;
  createdAt: Date;
}

/** The numbered units of a space type: unit claims are keyed by these, so no unit is let twice. */
export function unitNumbers(base: Pick<Base, 'units'>, type: SpaceType): number[] {
  const count = base.units[type] ?? 0;
  return Array.from({ length: count }, (_, index) => index + 1);
}

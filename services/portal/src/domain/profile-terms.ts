import type { Schemas } from '../api/client';

type CivilianView = Schemas['skills-profiles.CivilianViewDto_Output'];

/** The taxonomy's kinds a veteran picks or types in the profile. */
export type TermKind = 'specialty' | 'role' | 'skill' | 'occupation' | 'certificate' | 'training' | 'city';

/** A taxonomy term with its names, as the taxonomy API answers it. */
export interface NamedTerm {
  kind: TermKind;
  id: string;
  zh: string;
  en: string;
}

/**
 * The names and kinds of the terms the page has met (a suggestion picked, a typed name resolved, the
 * civilian view's sources, the taxonomy's names of the rest), by id; an id not named yet is shown as it is.
 */
export type TermNames = Map<string, NamedTerm>;

export function termLabel(names: ReadonlyMap<string, NamedTerm>, id: string, locale: string): string {
  const term = names.get(id);
  if (!term) return textOfCertificateId(id) ?? id;
  return locale.startsWith('zh') ? term.zh : term.en;
}

/** Whether the page knows the term's name (an id met only as an id carries itself as its name). */
export function isNamed(term: NamedTerm | undefined): boolean {
  return !!term && term.zh !== term.id;
}

export function isTermKind(kind: string): kind is TermKind {
  return ['specialty', 'role', 'skill', 'occupation', 'certificate', 'training', 'city'].includes(kind);
}

/** Every term the civilian view names: the skills and occupations, and the specialties, trainings and certificates behind them. */
export function termsOfCivilianView(view: CivilianView): NamedTerm[] {
  const sources = [...view.skills, ...view.occupations].flatMap((item) =>
    item.derivedFrom.map((source) => ({ kind: source.kind, id: source.id, ...source.name })),
  );
  return [
    ...view.skills.map((skill) => ({ kind: 'skill' as const, id: skill.skillId, ...skill.name })),
    ...view.occupations.map((occupation) => ({
      kind: 'occupation' as const,
      id: occupation.occupationId,
      ...occupation.name,
    })),
    ...sources,
  ];
}

// skills-profiles keeps a certificate the taxonomy does not know as "text-" and the hex of its
// normalised text (a long one as "text-h-" and a hash, which cannot be read back).
const TEXT_PREFIX = 'text-';
const HASHED_PREFIX = 'text-h-';

/** The text of a certificate kept as typed, or undefined for a taxonomy id or a hashed one. */
export function textOfCertificateId(id: string): string | undefined {
  if (!id.startsWith(TEXT_PREFIX) || id.startsWith(HASHED_PREFIX)) return undefined;
  const hex = id.slice(TEXT_PREFIX.length);
  if (!/^(?:[0-9a-f]{2})+$/.test(hex)) return undefined;
  const bytes = Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

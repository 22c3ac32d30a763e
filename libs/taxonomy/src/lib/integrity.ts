import { entriesByKind } from './entries-by-kind';
import type { Certificate, City, OccupationLink, Specialty, TaxonomyData, Training } from './schemas';
import { normaliseTerm, termsOf, type NamedEntry } from './terms';
import { bandAtLeast, type SeniorityBand } from './vocabulary';

/**
 * Cross-file rules zod cannot express on one file at a time. Every problem is named at once so a data
 * reviewer fixes them in one pass.
 */
export function findIntegrityProblems(data: TaxonomyData): string[] {
  return [
    ...Object.entries(entriesByKind(data)).flatMap(([kind, entries]: [string, readonly NamedEntry[]]) => [
      ...duplicateIds(kind, entries),
      ...termClashes(kind, entries),
    ]),
    ...districtProblems(data.regions),
    ...referenceProblems(data),
    ...rankGatingProblems(data),
  ];
}

function duplicateIds(kind: string, entries: readonly { id: string }[]): string[] {
  return repeated(entries.map((entry) => entry.id)).map((id) => `${kind} id "${id}" is used more than once`);
}

/** A name or synonym shared by two entries would make findByName and search synonyms ambiguous. */
function termClashes(kind: string, entries: readonly NamedEntry[]): string[] {
  const owners = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const term of termsOf(entry)) {
      const key = normaliseTerm(term);
      owners.set(key, (owners.get(key) ?? new Set()).add(entry.id));
    }
  }
  return [...owners]
    .filter(([, ids]) => ids.size > 1)
    .map(([term, ids]) => `${kind} term "${term}" belongs to several entries: ${[...ids].join(', ')}`);
}

function districtProblems(cities: readonly City[]): string[] {
  const districts = cities.flatMap((city) => city.districts.map((district) => ({ city, district })));
  return [
    ...repeated(districts.map(({ district }) => district.id)).map(
      (id) => `district id "${id}" is used more than once`,
    ),
    ...districts
      .filter(({ city, district }) => !district.id.startsWith(`${city.id}-`))
      .map(
        ({ city, district }) => `district "${district.id}" must be prefixed with its city id "${city.id}-"`,
      ),
  ];
}

interface KnownIds {
  skills: ReadonlySet<string>;
  occupations: ReadonlySet<string>;
  certificates: ReadonlySet<string>;
}

function referenceProblems(data: TaxonomyData): string[] {
  const ids = (entries: readonly { id: string }[]) => new Set(entries.map((entry) => entry.id));
  const known = {
    skills: ids(data.skills),
    occupations: ids(data.occupations),
    certificates: ids(data.certificates),
  };
  return [
    ...data.occupations.flatMap((o) =>
      linkProblems(`occupation ${o.id} coreSkills`, o.coreSkills, known.skills),
    ),
    ...data.certificates.flatMap((certificate) => certificateReferenceProblems(certificate, known)),
    ...data.specialties.flatMap((specialty) => specialtyReferenceProblems(specialty, known)),
    ...data.trainings.flatMap((training) => trainingReferenceProblems(training, known)),
  ];
}

function certificateReferenceProblems(certificate: Certificate, known: KnownIds): string[] {
  const where = `certificate ${certificate.id}`;
  return [
    ...linkProblems(`${where} implies`, certificate.implies ?? [], known.certificates),
    ...(certificate.implies?.includes(certificate.id) ? [`${where} implies itself`] : []),
    ...linkProblems(`${where} skills`, skillIdsOf(certificate.skills), known.skills),
  ];
}

function specialtyReferenceProblems(specialty: Specialty, known: KnownIds): string[] {
  const where = `specialty ${specialty.id}`;
  return [
    ...linkProblems(`${where} skills`, skillIdsOf(specialty.skills), known.skills),
    ...linkProblems(`${where} occupations`, occupationIdsOf(specialty.occupations), known.occupations),
    ...linkProblems(
      `${where} certificatesOftenHeld`,
      specialty.certificatesOftenHeld ?? [],
      known.certificates,
    ),
    ...linkProblems(
      `${where} seniorityOccupations`,
      occupationIdsOf(specialty.seniorityOccupations),
      known.occupations,
    ),
  ];
}

function trainingReferenceProblems(training: Training, known: KnownIds): string[] {
  const where = `training ${training.id}`;
  return [
    ...linkProblems(`${where} skills`, skillIdsOf(training.skills), known.skills),
    ...linkProblems(`${where} occupations`, occupationIdsOf(training.occupations), known.occupations),
    ...linkProblems(`${where} certificatesAwarded`, training.certificatesAwarded ?? [], known.certificates),
  ];
}

function skillIdsOf(links: readonly { skillId: string }[] = []): string[] {
  return links.map((link) => link.skillId);
}

function occupationIdsOf(links: readonly { occupationId: string }[] = []): string[] {
  return links.map((link) => link.occupationId);
}

function linkProblems(where: string, ids: readonly string[], known: ReadonlySet<string>): string[] {
  return [
    ...ids.filter((id) => !known.has(id)).map((id) => `${where}: unknown id "${id}"`),
    ...repeated(ids).map((id) => `${where}: "${id}" is listed more than once`),
  ];
}

/**
 * Supervisory and management occupations must be reached through seniorityOccupations, where the
 * veteran's rank or post gates them; listed plainly, they would be offered to every private.
 */
function rankGatingProblems(data: TaxonomyData): string[] {
  const bandOf = new Map(data.occupations.map((occupation) => [occupation.id, occupation.seniorityBand]));
  const ungated = (where: string, links: readonly OccupationLink[]) =>
    links
      .filter((link) => bandAtLeast(bandOf.get(link.occupationId) ?? 'entry', 'supervisory'))
      .map((link) => `${where}: "${link.occupationId}" needs rank gating (use seniorityOccupations)`);
  const aboveGate = (where: string, occupationId: string, minBand: SeniorityBand) =>
    bandAtLeast(minBand, bandOf.get(occupationId) ?? 'entry')
      ? []
      : [`${where}: "${occupationId}" is more senior than its minBand ${minBand}`];

  return [
    ...data.specialties.flatMap((s) => [
      ...ungated(`specialty ${s.id} occupations`, s.occupations),
      ...(s.seniorityOccupations ?? []).flatMap((gated) =>
        aboveGate(`specialty ${s.id} seniorityOccupations`, gated.occupationId, gated.minBand),
      ),
    ]),
    ...data.trainings.flatMap((t) => ungated(`training ${t.id} occupations`, t.occupations)),
  ];
}

function repeated(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeats = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeats.add(value);
    seen.add(value);
  }
  return [...repeats];
}

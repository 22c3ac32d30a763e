import certificates from '../../data/certificates.json';
import occupations from '../../data/occupations.json';
import ranks from '../../data/ranks.json';
import regions from '../../data/regions.json';
import skills from '../../data/skills.json';
import specialties from '../../data/specialties.json';
import trainings from '../../data/trainings.json';
import { entriesByKind, type EntryByKind, type TaxonomyKind } from './entries-by-kind';
import { findIntegrityProblems } from './integrity';
import { taxonomyDataSchema, type City, type District, type TaxonomyData } from './schemas';
import { normaliseTerm, termsOf, type NamedEntry } from './terms';

export class TaxonomyDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid taxonomy data:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'TaxonomyDataError';
  }
}

export interface EntryIndex<Entry> {
  all: readonly Entry[];
  byId: ReadonlyMap<string, Entry>;
  byNormalisedTerm: ReadonlyMap<string, Entry>;
}

export type DistrictInCity = District & { cityId: string };

export interface TaxonomyIndex {
  entries: { [Kind in TaxonomyKind]: EntryIndex<EntryByKind[Kind]> };
  districts: ReadonlyMap<string, DistrictInCity>;
}

/** The reviewed JSON files as shipped, before validation. */
export function bundledTaxonomyData(): unknown {
  return { skills, occupations, certificates, specialties, trainings, ranks, regions };
}

export function parseTaxonomyData(raw: unknown): TaxonomyData {
  const parsed = taxonomyDataSchema.safeParse(raw);
  if (!parsed.success) {
    throw new TaxonomyDataError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const problems = findIntegrityProblems(parsed.data);
  if (problems.length > 0) throw new TaxonomyDataError(problems);
  return parsed.data;
}

let loaded: TaxonomyIndex | undefined;

/** Validates the data on first use only, so importing the library costs nothing until it is asked. */
export function loadTaxonomy(): TaxonomyIndex {
  loaded ??= indexTaxonomy(parseTaxonomyData(bundledTaxonomyData()));
  return loaded;
}

function indexTaxonomy(data: TaxonomyData): TaxonomyIndex {
  const entries = entriesByKind(data);
  return {
    entries: {
      skill: indexEntries(entries.skill),
      occupation: indexEntries(entries.occupation),
      certificate: indexEntries(entries.certificate),
      specialty: indexEntries(entries.specialty),
      training: indexEntries(entries.training),
      city: indexEntries(entries.city),
      rank: indexEntries(entries.rank),
      role: indexEntries(entries.role),
    },
    districts: indexDistricts(data.regions),
  };
}

function indexEntries<Entry extends NamedEntry>(all: readonly Entry[]): EntryIndex<Entry> {
  return {
    all,
    byId: new Map(all.map((entry) => [entry.id, entry])),
    byNormalisedTerm: new Map(
      all.flatMap((entry) => termsOf(entry).map((term) => [normaliseTerm(term), entry] as const)),
    ),
  };
}

function indexDistricts(cities: readonly City[]): ReadonlyMap<string, DistrictInCity> {
  return new Map(
    cities.flatMap((city) =>
      city.districts.map((district) => [district.id, { ...district, cityId: city.id }] as const),
    ),
  );
}

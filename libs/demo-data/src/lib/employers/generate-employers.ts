import type { DistrictInCity, GeoPoint } from '@vetlink/taxonomy';
import type { RegisterEmployerBody } from '../api-bodies';
import { randomCreditCode } from '../identifiers/credit-code';
import { mobileNumber } from '../identifiers/mobile';
import { fullName } from '../people/names';
import { cityDivisionCode, districtDivisionCode } from '../places/division-codes';
import {
  cityOf,
  EMPLOYER_CITY_WEIGHTS,
  jiangsuCities,
  pickDistrict,
  placeNameFor,
  pointNear,
  streetAddress,
} from '../places/jiangsu';
import { DemoRandom, type Seed } from '../random';
import {
  COMMON_BRANDS,
  DEMO_SECTORS,
  EMPLOYER_KINDS,
  SECTOR_BRANDS,
  SECTOR_WEIGHTS,
  type DemoSector,
  type EmployerKind,
} from './sectors';

export type EmployerSize = 'small' | 'medium' | 'large';

/** An organisation of the demo: its registration body and what the job generator needs to know about it. */
export interface DemoEmployer {
  index: number;
  /** The organisation id its staff's tokens carry (and the employer's id in job-postings). */
  organisationId: string;
  /** The user id of the HR person who registers it and posts its jobs. */
  hrUserId: string;
  sector: DemoSector;
  kindId: string;
  size: EmployerSize;
  /** Where the organisation sits; most of its jobs are in this city. */
  districtId: string;
  address: string;
  /** The coordinates of `address`: within a few km of the district's centre. */
  point: GeoPoint;
  /** Whether its job titles carry an English gloss (foreign-invested plants, drone makers). */
  bilingualTitles: boolean;
  registration: RegisterEmployerBody;
}

export interface EmployerOptions {
  /** Prefix of organisation and user ids, so that several data sets can share a database. */
  idPrefix?: string;
}

const SIZE_WEIGHTS: readonly (readonly [EmployerSize, number])[] = [
  ['small', 5],
  ['medium', 3.5],
  ['large', 1.5],
];

/** How far from its district's centre an organisation may sit. */
export const HQ_MAX_KM = 4;

/** How many jobs an employer of each size posts, relative to a small one. */
export const EMPLOYER_SIZE_JOB_WEIGHTS: Readonly<Record<EmployerSize, number>> = {
  small: 1,
  medium: 2.5,
  large: 5,
};

/**
 * Employers, one after another. Employer i depends only on the seed and the employers before it
 * (names and credit codes stay unique), so any prefix of the stream is the same for every length.
 * The first 13 cover each city once and the first 16 each sector twice, so that even a small demo has
 * jobs everywhere and of every kind.
 */
export function* employerStream(seed: Seed, options: EmployerOptions = {}): Generator<DemoEmployer> {
  const prefix = options.idPrefix ?? 'demo';
  const names = new Set<string>();
  const creditCodes = new Set<string>();
  const cityIds = jiangsuCities().map((city) => city.id);
  for (let index = 0; ; index++) {
    const random = DemoRandom.of(seed, 'employer', index);
    // A small demo still shows every sector and every city: the first employers take them in turn.
    const sector =
      (index < 2 * DEMO_SECTORS.length ? DEMO_SECTORS[index % DEMO_SECTORS.length] : undefined) ??
      random.weighted(Object.entries(SECTOR_WEIGHTS) as [DemoSector, number][]);
    const kinds = EMPLOYER_KINDS.filter((kind) => kind.sector === sector);
    const fixedCity = index < cityIds.length ? cityIds[index] : undefined;
    let kind = random.weighted(
      kinds.map((candidate) => [
        candidate,
        candidate.weight * (fixedCity ? cityWeight(candidate, fixedCity) : 1),
      ]),
    );
    const cityId =
      fixedCity ??
      random.weighted(cityIds.map((id) => [id, (EMPLOYER_CITY_WEIGHTS[id] ?? 1) * cityWeight(kind, id)]));
    let named = uniqueName(random, kind, cityId, names);
    if (!named) {
      // Every district of the city has this bureau already: the sector's companies take the place.
      kind = kinds.find((candidate) => !candidate.onePerDistrict) ?? kind;
      named = uniqueName(random, kind, cityId, names) ?? branchName(random, kind, cityId, names);
    }
    const { name, district } = named;
    names.add(name);
    let creditCode: string;
    do {
      const division =
        kind.organisationKind === 'enterprise' && random.chance(0.5)
          ? cityDivisionCode(cityId)
          : districtDivisionCode(district.id);
      creditCode = randomCreditCode(random, kind.organisationKind, division);
    } while (creditCodes.has(creditCode));
    creditCodes.add(creditCode);
    const number = String(index + 1).padStart(4, '0');
    yield {
      index,
      organisationId: `${prefix}-org-${number}`,
      hrUserId: `${prefix}-hr-${number}`,
      sector,
      kindId: kind.id,
      size: kind.onePerDistrict ? 'medium' : random.weighted(SIZE_WEIGHTS),
      districtId: district.id,
      address: streetAddress(random, district, kind.addressKind),
      point: pointNear(random, district, HQ_MAX_KM),
      bilingualTitles: random.chance(kind.bilingual ?? 0),
      registration: {
        name,
        creditCode,
        industry: kind.industry,
        cityId,
        contact: {
          name: fullName(random, random.chance(0.7) ? 'male' : 'female'),
          phone: mobileNumber(random),
        },
      },
    };
  }
}

export function generateEmployers(seed: Seed, count: number, options: EmployerOptions = {}): DemoEmployer[] {
  return take(employerStream(seed, options), count);
}

export function employerKind(id: string): EmployerKind {
  const kind = EMPLOYER_KINDS.find((candidate) => candidate.id === id);
  if (!kind) throw new Error(`no employer kind "${id}"`);
  return kind;
}

function cityWeight(kind: EmployerKind, cityId: string): number {
  return kind.cityWeights?.[cityId] ?? 1;
}

function uniqueName(
  random: DemoRandom,
  kind: EmployerKind,
  cityId: string,
  taken: ReadonlySet<string>,
): { name: string; district: DistrictInCity } | undefined {
  for (let attempt = 0; attempt < 60; attempt++) {
    const district = pickDistrict(random, cityId);
    const name = organisationName(random, kind, district);
    if (!taken.has(name)) return { name, district };
  }
  return undefined;
}

/** Only when tens of thousands of companies exhaust the brands: a numbered branch keeps names unique. */
function branchName(
  random: DemoRandom,
  kind: EmployerKind,
  cityId: string,
  taken: ReadonlySet<string>,
): { name: string; district: DistrictInCity } {
  const district = pickDistrict(random, cityId);
  const base = organisationName(random, kind, district);
  let name = base;
  for (let branch = 2; taken.has(name); branch++) name = `${base.replace(/有限公司$/, '')}第${branch}分公司`;
  return { name, district };
}

function organisationName(random: DemoRandom, kind: EmployerKind, district: DistrictInCity): string {
  const pattern = random.weighted(kind.names.map((name) => [name.pattern, name.weight]));
  const brand = random.chance(0.35) ? random.pick(SECTOR_BRANDS[kind.sector]) : random.pick(COMMON_BRANDS);
  const city = cityOf(district.cityId);
  const countyLevel = /[县市]$/.test(district.zh);
  const districtName = countyLevel ? district.zh : `${city.zh}${district.zh}`;
  const police = countyLevel
    ? `${district.zh}公安局`
    : `${city.zh}公安局${district.zh.replace(/区$/, '')}分局`;
  return pattern
    .replace('{place}', () => placeNameFor(random, district))
    .replace('{brand}', brand)
    .replace('{word}', () => random.pick(kind.words ?? ['']))
    .replace('{district}', districtName)
    .replace('{police}', police);
}

export function take<Item>(items: Iterator<Item>, count: number): Item[] {
  const taken: Item[] = [];
  while (taken.length < count) {
    const next = items.next();
    if (next.done) break;
    taken.push(next.value);
  }
  return taken;
}

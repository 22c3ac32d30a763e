import type { JobEmploymentType } from '@vetlink/contracts';
import {
  getCertificate,
  getCity,
  getSpecialty,
  getTraining,
  listEntries,
  translateServiceRecord,
  type City,
} from '@vetlink/taxonomy';
import type { JobForMatching, VeteranForMatching } from '../inputs/match-inputs';

/**
 * Deterministic synthetic veterans and jobs drawn from the taxonomy, for property tests, the
 * evaluation set and the benchmark. The same seed always gives the same world.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: small, fast and good enough for test data. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0)
      chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0] as T);
    return chosen;
  }
}

const EMPLOYMENT_TYPES: JobEmploymentType[] = [
  'full-time',
  'full-time',
  'full-time',
  'full-time',
  'contract',
  'part-time',
  'flexible',
  'internship',
];
const RANKS = [
  'private',
  'private-first-class',
  'corporal',
  'sergeant',
  'sergeant',
  'staff-sergeant',
  'master-sergeant-class-4',
  'second-lieutenant',
  'captain',
];
const ROLES = [
  'deputy-squad-leader',
  'squad-leader',
  'vehicle-commander',
  'platoon-leader',
  'company-commander',
];

function cityOf(id: string): City {
  const city = getCity(id);
  if (!city) throw new Error(`unknown city ${id}`);
  return city;
}

/** A point near a district centre (within about 6 km), in a city picked at random or given. */
function placeIn(random: Random, city: City) {
  const district = random.pick(city.districts);
  return {
    cityId: city.id,
    districtId: district.id,
    lat: Math.round((district.lat + (random.next() - 0.5) * 0.1) * 10_000) / 10_000,
    lng: Math.round((district.lng + (random.next() - 0.5) * 0.1) * 10_000) / 10_000,
  };
}

export function syntheticVeteran(
  random: Random,
  index: number,
  options: { homeCities?: readonly string[] } = {},
): VeteranForMatching {
  const cities = listEntries('city');
  const specialties = random
    .sample(listEntries('specialty'), random.chance(0.25) ? 2 : 1)
    .map((specialty) => specialty.id);
  const trainings = random.chance(0.6)
    ? random.sample(listEntries('training'), random.int(1, 2)).map((training) => training.id)
    : [];
  const certificates = new Set<string>();
  for (const id of specialties)
    for (const held of getSpecialty(id)?.certificatesOftenHeld ?? [])
      if (random.chance(0.7)) certificates.add(held);
  for (const id of trainings)
    for (const awarded of getTraining(id)?.certificatesAwarded ?? []) certificates.add(awarded);
  if (random.chance(0.5)) certificates.add('driving-licence-c1');
  const rankId = random.pick(RANKS);
  const roles = random.chance(0.4) ? [random.pick(ROLES)] : [];
  const civilian = translateServiceRecord({
    specialties,
    rankId,
    roles,
    trainings,
    certificates: [...certificates],
  });
  const homeCity = options.homeCities ? cityOf(random.pick(options.homeCities)) : random.pick(cities);
  const home = placeIn(random, homeCity);
  const preferredCityIds = random.chance(0.8) ? [home.cityId] : [];
  if (random.chance(0.15)) preferredCityIds.push(random.pick(cities).id);
  return {
    veteranId: `veteran-${String(index).padStart(6, '0')}`,
    displayName: `${random.pick(['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'])}**`,
    residence: random.chance(0.95)
      ? { cityId: home.cityId, districtId: home.districtId, lat: home.lat, lng: home.lng }
      : null,
    declaredSkills: random.chance(0.4)
      ? random
          .sample(listEntries('skill'), random.int(1, 2))
          .map((skill) => ({ skillId: skill.id, level: random.int(2, 4), verified: random.chance(0.3) }))
      : [],
    derivedSkills: civilian.derivedSkills,
    derivedOccupations: civilian.occupations,
    seniorityBand: civilian.seniorityBand,
    certificateIds: [...certificates],
    desiredOccupationIds:
      random.chance(0.5) && civilian.occupations.length > 0
        ? [random.pick(civilian.occupations).occupationId]
        : [],
    preferredCityIds: [...new Set(preferredCityIds)],
    radiusKm: random.chance(0.75) ? random.pick([10, 20, 30, 30, 50, 80]) : null,
    minimumMonthlySalary: random.chance(0.7) ? random.pick([3000, 4000, 5000, 6000, 7000, 8000]) : null,
    employmentTypes: random.chance(0.6)
      ? ['full-time']
      : random.chance(0.5)
        ? []
        : [random.pick(EMPLOYMENT_TYPES)],
    jobSeekingStatus: random.chance(0.7) ? 'actively-looking' : random.chance(0.6) ? 'open' : 'employed',
  };
}

export function syntheticJob(
  random: Random,
  index: number,
  now: Date,
  options: { cities?: readonly string[]; certificateChance?: number } = {},
): JobForMatching {
  const cities = listEntries('city');
  const occupation = random.pick(listEntries('occupation'));
  const skills = listEntries('skill');
  const core = random.sample(occupation.coreSkills, random.int(1, Math.min(3, occupation.coreSkills.length)));
  const sameCategory = skills.filter(
    (skill) => skill.category === occupation.category && !core.includes(skill.id),
  );
  const preferred = random.sample(sameCategory, random.int(0, 2)).map((skill) => skill.id);
  const requiredCertificates = listEntries('certificate')
    .filter((certificate) => (certificate.skills ?? []).some((link) => core.includes(link.skillId)))
    .filter(() => random.chance(options.certificateChance ?? 0.5))
    .slice(0, 1)
    .map((certificate) => certificate.id);
  const city = options.cities ? cityOf(random.pick(options.cities)) : random.pick(cities);
  const min = random.pick([3000, 3500, 4000, 4500, 5000, 5500, 6000, 7000, 8000, 9000]);
  const postedAt = new Date(now.getTime() - random.int(0, 60 * 24) * 3600_000);
  return {
    jobId: `job-${String(index).padStart(6, '0')}`,
    employerId: `employer-${random.int(1, 400)}`,
    employerName: `${city.zh.replace('市', '')}${random.pick(['顺达', '华东', '苏源', '金陵', '恒信', '安泰'])}${random.pick(['物流', '保安服务', '物业', '建设', '科技', '餐饮'])}有限公司`,
    title: occupation.zh,
    occupationId: occupation.id,
    requiredSkills: core.map((skillId) => ({ skillId, level: random.int(2, 4) })),
    preferredSkills: preferred.map((skillId) => ({ skillId, level: random.int(1, 3) })),
    requiredCertificates: requiredCertificates.filter((id) => getCertificate(id) !== undefined),
    location: placeIn(random, city),
    salary: { min, max: min + random.pick([500, 1000, 2000, 3000, 4000]) },
    employmentType: random.pick(EMPLOYMENT_TYPES),
    veteransOnly: random.chance(0.1),
    veteranPriority: random.chance(0.4),
    postedAt: postedAt.toISOString(),
    deadline: new Date(postedAt.getTime() + 60 * 24 * 3600_000).toISOString(),
  };
}

import type { JobEducationLevel, JobEmploymentType, JobSeekingStatus } from '@vetlink/contracts';
import {
  distanceKm,
  getOccupation,
  getSpecialty,
  getTraining,
  listEntries,
  translateServiceRecord,
  type CivilianProfile,
  type DistrictInCity,
  type SeniorityBand,
  type Specialty,
  type Strength,
} from '@vetlink/taxonomy';
import type { NotificationPreferencesBody, SaveProfileBody } from '../api-bodies';
import { take } from '../employers/generate-employers';
import { mobileNumber } from '../identifiers/mobile';
import { residentIdNumber, type Sex } from '../identifiers/resident-id';
import { fullName } from '../people/names';
import { districtDivisionCode } from '../places/division-codes';
import {
  cityOf,
  jiangsuCities,
  payFactorOf,
  pickDistrict,
  pointNear,
  VETERAN_CITY_WEIGHTS,
} from '../places/jiangsu';
import { DemoRandom, type Seed } from '../random';
import { DAY_MS, shanghaiDate, startOfShanghaiDay } from '../time';
import {
  BRANCH_WEIGHTS,
  DEFAULT_SPECIALTY_WEIGHT,
  FEMALE_SPECIALTY_WEIGHTS,
  FIRST_DISCHARGE_YEAR,
  GENERAL_MAJORS,
  LAST_DISCHARGE_YEAR,
  MAJORS_BY_CATEGORY,
  MALE_SPECIALTY_WEIGHTS,
  MILITARY_ACADEMIES,
  OFFICER_ROLES,
  RANK_PROFILES,
  SPECIALTY_LEADERSHIP_ROLES,
  UNIVERSITIES,
  VOCATIONAL_COLLEGES,
} from './service-records';

/** A veteran of the demo: the profile they write, and what a snapshot of it needs besides. */
export interface DemoVeteran {
  index: number;
  /** The user id their token carries (and the profile's id in skills-profiles). */
  userId: string;
  sex: Sex;
  /** YYYY-MM-DD, as encoded in the ID number. */
  birthDate: string;
  /** When a snapshot says the profile was last written (the API stamps its own time). */
  profileUpdatedAt: string;
  body: SaveProfileBody;
}

export interface VeteranOptions {
  /** Discharge dates are not after this day, the profiles' times not after this instant. Default: today 00:00 Shanghai. */
  now?: Date;
  idPrefix?: string;
}

/** How far from their district's centre a veteran who gives exact coordinates lives. */
export const HOME_MAX_KM = 3;

/**
 * Veterans, one after another. Veteran i depends only on the seed and the veterans before it (ID
 * numbers stay unique), so any prefix of the stream is the same for every length.
 */
export function* veteranStream(seed: Seed, options: VeteranOptions = {}): Generator<DemoVeteran> {
  const now = options.now ?? startOfShanghaiDay(new Date());
  const prefix = options.idPrefix ?? 'demo';
  const idNumbers = new Set<string>();
  for (let index = 0; ; index++) {
    const random = DemoRandom.of(seed, 'veteran', index);
    const veteran = generateVeteran(random, now, idNumbers);
    idNumbers.add(veteran.body.identity.idNumber);
    yield { index, userId: `${prefix}-vet-${String(index + 1).padStart(6, '0')}`, ...veteran };
  }
}

export function generateVeterans(seed: Seed, count: number, options: VeteranOptions = {}): DemoVeteran[] {
  return take(veteranStream(seed, options), count);
}

function generateVeteran(
  random: DemoRandom,
  now: Date,
  takenIdNumbers: ReadonlySet<string>,
): Omit<DemoVeteran, 'index' | 'userId'> {
  const sex: Sex = random.chance(0.07) ? 'female' : 'male';
  const cityId = random.weighted(
    jiangsuCities().map((city) => [city.id, VETERAN_CITY_WEIGHTS[city.id] ?? 1]),
  );
  const district = pickDistrict(random, cityId);

  const specialty = pickSpecialty(random, sex);
  const branch = random.weighted(specialty.branches.map((id) => [id, BRANCH_WEIGHTS[id]]));
  const specialtyIds = [specialty.id];
  if (random.chance(0.25)) {
    const second = pickSpecialty(
      random,
      sex,
      (candidate) => candidate.id !== specialty.id && candidate.branches.includes(branch),
    );
    specialtyIds.push(second.id);
  }
  const rank = random.weighted(RANK_PROFILES.map((profile) => [profile, profile.weight]));
  const yearsServed = random.int(...rank.years);
  const roleIds = leadershipRoles(random, rank.rankId, specialty.id);
  const dischargeDate = dischargeDateFor(random, rank.rankId, now);
  const dischargeYear = Number(dischargeDate.slice(0, 4));
  const enlistmentAge =
    rank.rankId.endsWith('lieutenant') || rank.rankId === 'captain' || rank.rankId === 'major'
      ? 18
      : random.weighted([
          [18, 35],
          [19, 30],
          [20, 20],
          [21, 6],
          [22, 5],
          [23, 4],
        ]);
  const birthDate = birthDateFor(random, dischargeYear - yearsServed - enlistmentAge, dischargeDate);

  const trainingIds = pickTrainings(random, specialtyIds, cityId);
  const certificateIds = pickCertificates(random, specialtyIds, trainingIds);
  const civilian = translateServiceRecord({
    specialties: specialtyIds,
    rankId: rank.rankId,
    roles: roleIds,
    trainings: trainingIds,
    certificates: certificateIds,
  });

  const idNumber = uniqueIdNumber(random, district, birthDate, sex, takenIdNumbers);
  const jobSeekingStatus = random.weighted<JobSeekingStatus>(
    shanghaiDate(new Date(now.getTime() - 365 * DAY_MS)) < dischargeDate
      ? [
          ['actively-looking', 8],
          ['open', 2],
          ['employed', 1],
        ]
      : [
          ['actively-looking', 5],
          ['open', 3],
          ['employed', 2],
        ],
  );
  const notificationPreferences = random.chance(0.5) ? undefined : customNotifications(random);
  const updatedAt = profileTime(random, now, dischargeDate);
  return {
    sex,
    birthDate,
    profileUpdatedAt: updatedAt,
    body: {
      identity: { fullName: fullName(random, sex), idNumber, phone: mobileNumber(random) },
      residence: residenceFor(random, district),
      serviceRecord: {
        branch,
        specialtyIds,
        rankId: rank.rankId,
        roleIds,
        yearsServed,
        dischargeDate,
        awards: awardsFor(random, rank.rankId, dischargeYear, yearsServed),
      },
      skills: declaredSkills(random, civilian),
      certificateIds,
      trainingIds,
      education: educationFor(random, {
        enlistmentAge,
        officer: isOfficer(rank.rankId),
        specialty,
        enlistmentYear: dischargeYear - yearsServed,
        dischargeYear,
        now,
      }),
      preferences: {
        desiredOccupationIds: desiredOccupations(random, civilian),
        preferredCityIds: preferredCities(random, cityId),
        radiusKm: random.chance(0.25)
          ? null
          : random.weighted([
              [10, 2],
              [20, 3],
              [30, 3],
              [50, 2],
              [80, 1],
              [100, 1],
            ]),
        minimumMonthlySalary: random.chance(0.1)
          ? null
          : minimumSalary(random, civilian.seniorityBand, cityId),
        employmentTypes: random.weighted<JobEmploymentType[]>([
          [['full-time'], 12],
          [['full-time', 'contract'], 5],
          [['full-time', 'part-time'], 1],
          [['flexible', 'part-time'], 1],
          [['full-time', 'contract', 'flexible'], 1],
        ]),
      },
      jobSeekingStatus,
      ...(notificationPreferences ? { notificationPreferences } : {}),
    },
  };
}

function pickSpecialty(
  random: DemoRandom,
  sex: Sex,
  allowed: (specialty: Specialty) => boolean = () => true,
): Specialty {
  const weights = sex === 'male' ? MALE_SPECIALTY_WEIGHTS : FEMALE_SPECIALTY_WEIGHTS;
  return random.weighted(
    listEntries('specialty')
      .filter(allowed)
      .map((specialty) => [specialty, weights[specialty.id] ?? DEFAULT_SPECIALTY_WEIGHT[sex]]),
  );
}

const isOfficer = (rankId: string): boolean => Boolean(OFFICER_ROLES[rankId]);

function leadershipRoles(random: DemoRandom, rankId: string, specialtyId: string): string[] {
  const officerRoles = OFFICER_ROLES[rankId];
  if (officerRoles) return random.chance(0.8) ? [random.weighted(officerRoles)] : [];
  const specialtyRole = SPECIALTY_LEADERSHIP_ROLES[specialtyId];
  switch (rankId) {
    case 'private':
      return [];
    case 'private-first-class':
      return random.chance(0.08) ? ['deputy-squad-leader'] : [];
    case 'corporal':
    case 'sergeant': {
      const roll = random.next();
      if (roll < 0.3) return ['squad-leader'];
      if (roll < 0.5) return ['deputy-squad-leader'];
      if (roll < 0.6 && specialtyRole && specialtyRole !== 'depot-director') return [specialtyRole];
      return [];
    }
    default: {
      const roles = random.chance(0.5) ? ['squad-leader'] : [];
      if (specialtyRole && random.chance(0.4)) roles.push(specialtyRole);
      return roles;
    }
  }
}

/**
 * Conscripts left in December until 2012, in September from 2013 (when call-up moved to autumn) and
 * in March or September since 2021 (twice-yearly call-up); officers leave in any month.
 */
function dischargeDateFor(random: DemoRandom, rankId: string, now: Date): string {
  const today = shanghaiDate(now);
  const lastYear = Math.min(LAST_DISCHARGE_YEAR, Number(today.slice(0, 4)));
  let year = random.weighted(
    range(FIRST_DISCHARGE_YEAR, lastYear).map((candidate) => [
      candidate,
      1 + (candidate - FIRST_DISCHARGE_YEAR) * 0.25,
    ]),
  );
  const monthDay = (): [number, number] => {
    if (isOfficer(rankId)) return [random.int(1, 12), random.int(1, 28)];
    if (year <= 2012) return [12, random.int(1, 20)];
    if (year <= 2020) return random.chance(0.3) ? [8, random.int(25, 31)] : [9, random.int(1, 10)];
    return random.chance(0.5) ? [3, random.int(1, 15)] : [9, random.int(1, 15)];
  };
  for (;;) {
    const [month, day] = monthDay();
    const date = `${year}-${pad2(month)}-${pad2(day)}`;
    if (date <= today) return date;
    year -= 1;
  }
}

function birthDateFor(random: DemoRandom, birthYear: number, dischargeDate: string): string {
  const start = Date.UTC(birthYear, 0, 1);
  const date = new Date(start + random.int(0, 364) * DAY_MS).toISOString().slice(0, 10);
  return date < dischargeDate ? date : `${birthYear}-01-01`;
}

function uniqueIdNumber(
  random: DemoRandom,
  home: DistrictInCity,
  birthDate: string,
  sex: Sex,
  taken: ReadonlySet<string>,
): string {
  // Most were registered where they live now; some moved within their city, a few within Jiangsu.
  const roll = random.next();
  const registeredIn =
    roll < 0.8
      ? home
      : roll < 0.95
        ? pickDistrict(random, home.cityId)
        : pickDistrict(random, random.pick(jiangsuCities()).id);
  const regionCode = districtDivisionCode(registeredIn.id);
  for (;;) {
    const idNumber = residentIdNumber(random, regionCode, birthDate, sex);
    if (!taken.has(idNumber)) return idNumber;
  }
}

/** Trainings the bureau offers: those leading on from the veteran's specialty are the likeliest. */
function pickTrainings(random: DemoRandom, specialtyIds: readonly string[], cityId: string): string[] {
  const count = random.weighted([
    [0, 35],
    [1, 45],
    [2, 20],
  ]);
  if (count === 0) return [];
  const occupations = new Set(
    specialtyIds.flatMap((id) => getSpecialty(id)?.occupations.map((link) => link.occupationId) ?? []),
  );
  const general = new Set([
    'short-video-livestream',
    'ecommerce-operations-course',
    'entrepreneurship-course',
    'electrician-course',
    'forklift-course',
    'security-management-course',
    'logistics-management-course',
    'property-management-course',
    'elderly-care-course',
  ]);
  const weighted = listEntries('training').map((training) => {
    const related = training.occupations.some((link) => occupations.has(link.occupationId));
    let weight = related ? 6 : general.has(training.id) ? 1.5 : 0.4;
    if (training.id === 'crayfish-cooking-course' && cityId === 'huaian') weight *= 3;
    return [training.id, weight] as const;
  });
  const chosen: string[] = [];
  while (chosen.length < count) {
    const id = random.weighted(weighted.filter(([candidate]) => !chosen.includes(candidate)));
    chosen.push(id);
  }
  return chosen;
}

const DRIVER_SPECIALTIES = new Set([
  'wheeled-vehicle-driver',
  'heavy-transport-driver',
  'fuel-tanker-driver',
]);

/**
 * Drivers hold the licence they drove with (C1, B2 or A2); others often have the certificate their
 * specialty is known for, most a C1 car licence, and whatever their bureau trainings awarded.
 */
function pickCertificates(
  random: DemoRandom,
  specialtyIds: readonly string[],
  trainingIds: readonly string[],
): string[] {
  const held: string[] = [];
  const [primary] = specialtyIds;
  if (primary === 'heavy-transport-driver') {
    held.push(random.chance(0.8) ? 'driving-licence-a2' : 'driving-licence-b2');
    if (random.chance(0.6)) held.push('road-freight-qualification');
  } else if (primary === 'fuel-tanker-driver') {
    held.push('driving-licence-b2');
    if (random.chance(0.4)) held.push('hazardous-goods-transport');
  } else if (primary === 'wheeled-vehicle-driver') {
    held.push(
      random.weighted([
        ['driving-licence-a2', 1],
        ['driving-licence-b2', 2],
        ['driving-licence-c1', 1],
      ]),
    );
    if (held[0] !== 'driving-licence-c1' && random.chance(0.4)) held.push('road-freight-qualification');
  } else if (random.chance(0.6)) {
    held.push('driving-licence-c1');
  }
  for (const id of specialtyIds) {
    if (DRIVER_SPECIALTIES.has(id)) continue;
    for (const certificate of getSpecialty(id)?.certificatesOftenHeld ?? []) {
      if (random.chance(0.6)) held.push(certificate);
    }
  }
  for (const id of trainingIds) {
    for (const certificate of getTraining(id)?.certificatesAwarded ?? []) {
      if (random.chance(0.85)) held.push(certificate);
    }
  }
  if (held.includes('driving-licence-a2') || held.includes('driving-licence-b2')) {
    const index = held.indexOf('driving-licence-c1');
    if (index >= 0) held.splice(index, 1); // A2 and B2 cover C1: nobody lists both
  }
  return [...new Set(held)];
}

const STRENGTH_LEVELS: Readonly<Record<Strength, readonly [number, number]>> = {
  direct: [3, 4],
  partial: [2, 3],
  transferable: [1, 2],
};
const STRENGTH_KEEP = { direct: 1, partial: 0.6, transferable: 0.25 } as const;

/** What the veteran says they can do: mostly what their service record shows, at plausible levels. */
function declaredSkills(random: DemoRandom, civilian: CivilianProfile): SaveProfileBody['skills'] {
  const senior = civilian.seniorityBand === 'supervisory' || civilian.seniorityBand === 'management';
  const skills = civilian.derivedSkills
    .filter((skill) => random.chance(STRENGTH_KEEP[skill.strength]))
    .slice(0, 10)
    .map((skill) => {
      // A course or a licence alone makes a beginner; years of service make an expert.
      const fromService = skill.from.some((source) => source.kind === 'specialty');
      const level =
        random.int(...STRENGTH_LEVELS[skill.strength]) +
        (senior && fromService && random.chance(0.4) ? 1 : 0);
      return { skillId: skill.skillId, level: Math.min(level, fromService ? 5 : 3) };
    });
  for (const [skillId, probability] of [
    ['office-software', 0.25],
    ['first-aid', 0.2],
  ] as const) {
    if (!skills.some((skill) => skill.skillId === skillId) && random.chance(probability))
      skills.push({ skillId, level: 2 });
  }
  return skills;
}

function desiredOccupations(random: DemoRandom, civilian: CivilianProfile): string[] {
  const direct = civilian.occupations.filter((occupation) => occupation.strength === 'direct');
  const pool = (direct.length > 0 ? direct : civilian.occupations).map(
    (occupation) => occupation.occupationId,
  );
  const others = civilian.occupations
    .map((occupation) => occupation.occupationId)
    .filter((id) => !pool.includes(id));
  const wanted = random.sample(pool, random.int(1, 3));
  if (others.length > 0 && random.chance(0.3)) wanted.push(random.pick(others));
  return wanted;
}

function preferredCities(random: DemoRandom, homeCityId: string): string[] {
  const home = cityOf(homeCityId);
  const nearest = jiangsuCities()
    .filter((city) => city.id !== homeCityId)
    .sort((a, b) => distanceKm(home, a) - distanceKm(home, b));
  const cities = [homeCityId];
  const neighbour = nearest[0];
  if (neighbour && random.chance(0.35)) cities.push(neighbour.id);
  if (random.chance(0.15)) {
    const magnet = random.pick(['nanjing', 'suzhou', 'wuxi']);
    if (!cities.includes(magnet)) cities.push(magnet);
  }
  return cities;
}

const MINIMUM_SALARY_BY_BAND: Readonly<Record<SeniorityBand, readonly [number, number]>> = {
  entry: [4000, 5500],
  skilled: [5000, 7000],
  supervisory: [6000, 9000],
  management: [8000, 12000],
};

function minimumSalary(random: DemoRandom, band: SeniorityBand, cityId: string): number {
  const [low, high] = MINIMUM_SALARY_BY_BAND[band];
  return Math.round((random.int(low, high) * payFactorOf(cityId)) / 500) * 500;
}

function residenceFor(random: DemoRandom, district: DistrictInCity): SaveProfileBody['residence'] {
  const roll = random.next();
  if (roll < 0.4) {
    const home = pointNear(random, district, HOME_MAX_KM);
    return { cityId: district.cityId, districtId: district.id, lat: home.lat, lng: home.lng };
  }
  if (roll < 0.95) return { cityId: district.cityId, districtId: district.id, lat: null, lng: null };
  return { cityId: district.cityId, districtId: null, lat: null, lng: null };
}

function awardsFor(random: DemoRandom, rankId: string, dischargeYear: number, yearsServed: number): string[] {
  if (!random.chance(0.35)) return [];
  const year = () => random.int(dischargeYear - yearsServed + 1, dischargeYear);
  const options: (readonly [() => string, number])[] = [
    [() => `${year()}年度嘉奖`, 6],
    [() => `${year()}年度优秀士兵`, rankId.includes('private') ? 4 : 1],
    [() => `${year()}年度优秀士官`, rankId.includes('sergeant') || rankId === 'corporal' ? 3 : 0],
    [() => `${year()}年荣立个人三等功`, 1.2],
    [() => `${year()}年荣立个人二等功`, 0.1],
  ];
  const count = random.weighted([
    [1, 6],
    [2, 3],
    [3, 1],
  ]);
  const awards = new Set<string>();
  for (let attempt = 0; attempt < count; attempt++) awards.add(random.weighted(options)());
  return [...awards];
}

function educationFor(
  random: DemoRandom,
  veteran: {
    enlistmentAge: number;
    officer: boolean;
    specialty: Specialty;
    enlistmentYear: number;
    dischargeYear: number;
    now: Date;
  },
): SaveProfileBody['education'] {
  if (random.chance(0.05)) return null;
  const majors =
    MAJORS_BY_CATEGORY[getOccupation(veteran.specialty.occupations[0]?.occupationId ?? '')?.category ?? ''] ??
    GENERAL_MAJORS;
  const major = () => (random.chance(0.8) ? random.pick(majors) : random.pick(GENERAL_MAJORS));
  if (veteran.officer) {
    return {
      level: 'bachelor',
      major: major(),
      institution: random.pick(MILITARY_ACADEMIES),
      graduationYear: veteran.enlistmentYear + 4,
    };
  }
  const level: JobEducationLevel =
    veteran.enlistmentAge >= 22
      ? random.weighted([
          ['bachelor', 7],
          ['associate', 3],
        ])
      : veteran.enlistmentAge >= 20
        ? random.weighted([
            ['associate', 55],
            ['senior-high', 30],
            ['vocational-secondary', 15],
          ])
        : random.weighted([
            ['senior-high', 50],
            ['vocational-secondary', 25],
            ['junior-high', 13],
            ['associate', 12],
          ]);
  if (level === 'junior-high' || level === 'senior-high' || level === 'vocational-secondary') {
    return {
      level,
      major: level === 'vocational-secondary' ? major() : null,
      institution: null,
      graduationYear: veteran.enlistmentYear,
    };
  }
  // Young enlistees with a degree earned it after their service (the bureau's tuition support).
  const afterService = veteran.enlistmentAge < 20;
  const graduationYear = afterService
    ? veteran.dischargeYear + (level === 'bachelor' ? 4 : 3)
    : veteran.enlistmentYear;
  return {
    level,
    major: major(),
    institution: random.pick(level === 'bachelor' ? UNIVERSITIES : VOCATIONAL_COLLEGES),
    graduationYear: Math.min(graduationYear, Number(shanghaiDate(veteran.now).slice(0, 4)) + 3),
  };
}

function customNotifications(random: DemoRandom): NotificationPreferencesBody {
  return {
    channels: random.weighted([
      [['in-app', 'sms'], 3],
      [['in-app', 'wechat'], 4],
      [['in-app', 'sms', 'wechat'], 2],
      [['in-app', 'email'], 1],
    ]),
    weeklyDigest: random.chance(0.85),
    quietHours: random.weighted([
      [{ start: '22:00', end: '07:30' }, 3],
      [{ start: '21:30', end: '08:00' }, 2],
      [null, 1],
    ]),
  };
}

/** Some time in the last half year, but after the discharge. */
function profileTime(random: DemoRandom, now: Date, dischargeDate: string): string {
  const earliest = Math.max(
    now.getTime() - 180 * DAY_MS,
    Date.parse(`${dischargeDate}T00:00:00+08:00`) + DAY_MS,
  );
  const latest = now.getTime() - 1000;
  const at = earliest >= latest ? latest : earliest + random.next() * (latest - earliest);
  return new Date(Math.floor(at / 1000) * 1000).toISOString();
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
}

const pad2 = (value: number): string => String(value).padStart(2, '0');

import {
  certificatesCovered,
  distanceKm,
  getDistrict,
  getRank,
  isKnownCertificateId,
  isKnownCityId,
  isKnownDistrictId,
  isKnownOccupationId,
  isKnownRankId,
  isKnownRoleId,
  isKnownSkillId,
  isKnownSpecialtyId,
  isKnownTrainingId,
} from '@vetlink/taxonomy';
import type { DemoEmployer } from './employers/generate-employers';
import { generateEmployers, HQ_MAX_KM } from './employers/generate-employers';
import { EMPLOYER_INDUSTRIES } from './employers/sectors';
import { isValidCreditCode } from './identifiers/credit-code';
import { birthDateOf, isValidResidentIdNumber, sexOf } from './identifiers/resident-id';
import type { DemoJob } from './jobs/generate-jobs';
import { DEADLINE_DAYS, generateJobs, salaryBand, WORKPLACE_MAX_KM } from './jobs/generate-jobs';
import { CITY_DIVISION_CODES, DISTRICT_DIVISION_CODES } from './places/division-codes';
import { isInJiangsu } from './places/jiangsu';
import { DAY_MS, shanghaiDate } from './time';
import type { DemoVeteran } from './veterans/generate-veterans';
import { generateVeterans, HOME_MAX_KM } from './veterans/generate-veterans';
import { generateDemoWorld } from './world';

const NOW = new Date('2026-06-15T00:00:00+08:00');
/** CNY per month, class-1 areas, since 2025: no full-time job may offer less. */
const JIANGSU_HIGHEST_MINIMUM_WAGE = 2490;
const SIZE = { employers: 200, jobs: 2000, veterans: 2000, applications: 150 };
const world = generateDemoWorld(20260615, SIZE, { now: NOW });
const { employers, jobs, veterans, applications } = world;

/** The labels of the items that fail `ok`: one assertion per property, and a failure names the culprits. */
function failing<Item extends DemoEmployer | DemoJob | DemoVeteran>(
  items: readonly Item[],
  ok: (item: Item) => boolean,
): string[] {
  return items
    .filter((item) => !ok(item))
    .map((item) => ('key' in item ? item.key : 'userId' in item ? item.userId : item.organisationId));
}

const share = <Item>(items: readonly Item[], predicate: (item: Item) => boolean) =>
  items.filter(predicate).length / items.length;
const within = (point: { lat: number; lng: number }, districtId: string, km: number) =>
  distanceKm(point, getDistrict(districtId)!) <= km * 1.005;

describe('determinism', () => {
  it('gives the same world for the same seed and day', () => {
    expect(generateDemoWorld(20260615, SIZE, { now: NOW })).toEqual(world);
  });

  it('gives another world for another seed', () => {
    const other = generateDemoWorld(20260616, { employers: 100, jobs: 100, veterans: 100 }, { now: NOW });
    const bodies = (items: readonly { body: unknown }[]) => items.map((item) => JSON.stringify(item.body));
    expect(other.employers.map((employer) => employer.registration.creditCode)).not.toEqual(
      employers.slice(0, 100).map((employer) => employer.registration.creditCode),
    );
    expect(bodies(other.jobs)).not.toEqual(bodies(jobs.slice(0, 100)));
    expect(bodies(other.veterans)).not.toEqual(bodies(veterans.slice(0, 100)));
  });

  it('keeps every item whatever the count: a short run is a prefix of a long one', () => {
    expect(generateEmployers(20260615, 50)).toEqual(employers.slice(0, 50));
    expect(generateJobs(20260615, employers, 100, { now: NOW })).toEqual(jobs.slice(0, 100));
    expect(generateVeterans(20260615, 100, { now: NOW })).toEqual(veterans.slice(0, 100));
  });

  it('defaults "now" to the start of the day in Shanghai, so runs on one day agree', () => {
    expect(generateVeterans('today', 20)).toEqual(generateVeterans('today', 20));
  });
});

describe('employers', () => {
  it('resolve in the taxonomy and register with an industry the service knows', () => {
    expect(
      failing(
        employers,
        ({ registration, districtId }) =>
          isKnownCityId(registration.cityId) &&
          getDistrict(districtId)?.cityId === registration.cityId &&
          (EMPLOYER_INDUSTRIES as readonly string[]).includes(registration.industry),
      ),
    ).toEqual([]);
  });

  it('have unique names and unique, valid credit codes registered in their city', () => {
    expect(new Set(employers.map((employer) => employer.registration.name)).size).toBe(employers.length);
    expect(new Set(employers.map((employer) => employer.registration.creditCode)).size).toBe(
      employers.length,
    );
    expect(
      failing(
        employers,
        ({ registration }) =>
          isValidCreditCode(registration.creditCode) &&
          registration.creditCode.slice(2, 6) === CITY_DIVISION_CODES[registration.cityId]!.slice(0, 4),
      ),
    ).toEqual([]);
  });

  it('carry plausible names, contacts and addresses', () => {
    expect(
      failing(
        employers,
        ({ registration, address, point, districtId, organisationId }) =>
          registration.name.length >= 4 &&
          registration.name.length <= 100 &&
          /(有限公司|公安局|分局|中心|管理局|大队|院)$/.test(registration.name) &&
          /^[\u4e00-\u9fff]{2,4}$/.test(registration.contact.name) &&
          /^1[3-9]\d{9}$/.test(registration.contact.phone) &&
          address.startsWith(getDistrict(districtId)!.zh) &&
          within(point, districtId, HQ_MAX_KM) &&
          /^[\w.:-]{1,128}$/.test(organisationId),
      ),
    ).toEqual([]);
  });

  it('cover every city and every sector, more of them in the rich south', () => {
    expect(new Set(employers.map((employer) => employer.registration.cityId)).size).toBe(13);
    expect(new Set(employers.map((employer) => employer.sector)).size).toBe(8);
    const inCity = (cityId: string) =>
      employers.filter((employer) => employer.registration.cityId === cityId).length;
    expect(inCity('suzhou')).toBeGreaterThan(inCity('suqian'));
  });
});

describe('jobs', () => {
  it('use only taxonomy ids, with districts in their city', () => {
    expect(
      failing(
        jobs,
        ({ body }) =>
          isKnownOccupationId(body.occupationId) &&
          [...body.requiredSkills, ...body.preferredSkills].every((skill) => isKnownSkillId(skill.skillId)) &&
          body.requiredCertificates.every(isKnownCertificateId) &&
          isKnownCityId(body.location.cityId) &&
          isKnownDistrictId(body.location.districtId) &&
          getDistrict(body.location.districtId)?.cityId === body.location.cityId,
      ),
    ).toEqual([]);
  });

  it('are located near their district, inside Jiangsu, in the employer city', () => {
    expect(
      failing(
        jobs,
        ({ body: { location }, employerIndex }) =>
          isInJiangsu(location) &&
          within(location, location.districtId, Math.max(WORKPLACE_MAX_KM, HQ_MAX_KM)) &&
          location.cityId === employers[employerIndex]!.registration.cityId &&
          location.address.length <= 200,
      ),
    ).toEqual([]);
  });

  it('ask for skills at levels 1 to 5, never one skill both required and preferred, lists without repeats', () => {
    expect(
      failing(jobs, ({ body }) => {
        const required = new Set(body.requiredSkills.map((skill) => skill.skillId));
        return (
          required.size > 0 &&
          required.size === body.requiredSkills.length &&
          body.preferredSkills.every((skill) => !required.has(skill.skillId)) &&
          [...body.requiredSkills, ...body.preferredSkills].every(
            (skill) => skill.level >= 1 && skill.level <= 5,
          ) &&
          new Set(body.requiredCertificates).size === body.requiredCertificates.length &&
          new Set(body.benefits).size === body.benefits.length
        );
      }),
    ).toEqual([]);
  });

  it('require the certificates the trade requires', () => {
    const requiring = (occupations: readonly string[], certificate: string) => {
      const concerned = jobs.filter((job) => occupations.includes(job.body.occupationId));
      expect(concerned.length).toBeGreaterThan(0);
      expect(
        failing(concerned, (job) => certificatesCovered(job.body.requiredCertificates).has(certificate)),
      ).toEqual([]);
    };
    requiring(
      ['truck-driver', 'tractor-trailer-driver', 'hazmat-truck-driver', 'company-driver'],
      'driving-licence-c1',
    );
    requiring(['tractor-trailer-driver'], 'driving-licence-a2');
    requiring(['hazmat-truck-driver'], 'hazardous-goods-transport');
    requiring(
      ['drone-pilot', 'drone-survey-technician', 'drone-inspection-technician'],
      'caac-drone-pilot-licence',
    );
    requiring(
      ['security-team-leader', 'cash-escort-guard', 'security-screener'],
      'security-guard-certificate',
    );
    requiring(['electrician', 'property-maintenance-worker'], 'low-voltage-electrician');
    requiring(
      ['chinese-chef', 'canteen-cook', 'pastry-cook', 'head-chef', 'crayfish-chef', 'canteen-service-staff'],
      'food-handler-health-certificate',
    );
  });

  it('pay within the band of their trade and city, more in Suzhou, Nanjing, Wuxi than in Suqian, Lianyungang', () => {
    expect(
      failing(jobs, ({ body: { salary, location }, templateId }) => {
        const band = salaryBand(templateId, location.cityId);
        return (
          salary.min >= band.min &&
          salary.max <= band.max &&
          salary.min < salary.max &&
          salary.min >= JIANGSU_HIGHEST_MINIMUM_WAGE &&
          salary.max <= 25_000
        );
      }),
    ).toEqual([]);
    const meanMidpoint = (cityIds: readonly string[]) => {
      const inCities = jobs.filter((job) => cityIds.includes(job.body.location.cityId));
      return (
        inCities.reduce((sum, job) => sum + (job.body.salary.min + job.body.salary.max) / 2, 0) /
        inCities.length
      );
    };
    expect(meanMidpoint(['suzhou', 'nanjing', 'wuxi'])).toBeGreaterThan(
      meanMidpoint(['suqian', 'lianyungang']) * 1.2,
    );
  });

  it('often prefer veterans, sometimes take only veterans, and close in the future within a year', () => {
    expect(share(jobs, (job) => job.body.veteranPriority)).toBeGreaterThan(0.5);
    expect(share(jobs, (job) => job.body.veteransOnly)).toBeGreaterThan(0.01);
    expect(share(jobs, (job) => job.body.veteransOnly)).toBeLessThan(0.15);
    expect(
      failing(jobs, ({ body, postedAt }) => {
        const deadline = Date.parse(body.deadline);
        return (
          deadline > NOW.getTime() + (DEADLINE_DAYS[0] - 1) * DAY_MS &&
          deadline < NOW.getTime() + 366 * DAY_MS &&
          Date.parse(postedAt) < NOW.getTime() &&
          body.headcount >= 1 &&
          body.title.length <= 80 &&
          body.description.length <= 5000
        );
      }),
    ).toEqual([]);
  });

  it('default their deadlines to the future of the real clock', () => {
    expect(
      failing(generateJobs('live', employers, 50), (job) => Date.parse(job.body.deadline) > Date.now()),
    ).toEqual([]);
  });
});

describe('veterans', () => {
  it('use only taxonomy ids, with districts in their city', () => {
    expect(
      failing(veterans, ({ body }) => {
        const record = body.serviceRecord!;
        const residence = body.residence!;
        return (
          record.specialtyIds.every(isKnownSpecialtyId) &&
          isKnownRankId(record.rankId!) &&
          record.roleIds.every(isKnownRoleId) &&
          body.skills.every((skill) => isKnownSkillId(skill.skillId)) &&
          body.certificateIds.every(isKnownCertificateId) &&
          body.trainingIds.every(isKnownTrainingId) &&
          body.preferences.desiredOccupationIds.every(isKnownOccupationId) &&
          body.preferences.preferredCityIds.every(isKnownCityId) &&
          body.preferences.preferredCityIds.includes(residence.cityId) &&
          isKnownCityId(residence.cityId) &&
          (residence.districtId === null || getDistrict(residence.districtId)?.cityId === residence.cityId)
        );
      }),
    ).toEqual([]);
  });

  it('have unique, valid ID numbers from a Jiangsu region, mostly their home city, matching birth and sex', () => {
    expect(new Set(veterans.map((veteran) => veteran.body.identity.idNumber)).size).toBe(veterans.length);
    const jiangsuRegions = new Set(Object.values(DISTRICT_DIVISION_CODES));
    expect(
      failing(veterans, ({ body, birthDate, sex }) => {
        const { idNumber } = body.identity;
        return (
          isValidResidentIdNumber(idNumber, NOW) &&
          jiangsuRegions.has(idNumber.slice(0, 6)) &&
          birthDateOf(idNumber)?.toISOString().slice(0, 10) === birthDate &&
          sexOf(idNumber) === sex
        );
      }),
    ).toEqual([]);
    const fromHomeCity = (veteran: DemoVeteran) =>
      veteran.body.identity.idNumber.slice(0, 4) ===
      CITY_DIVISION_CODES[veteran.body.residence!.cityId]!.slice(0, 4);
    expect(share(veterans, fromHomeCity)).toBeGreaterThan(0.9);
  });

  it('were born, enlisted at 18 to 23, served 2 to 16 years and were discharged 2008 to today', () => {
    const today = shanghaiDate(NOW);
    expect(
      failing(veterans, ({ body, birthDate }) => {
        const record = body.serviceRecord!;
        const enlistmentAge =
          Number(record.dischargeDate.slice(0, 4)) - record.yearsServed - Number(birthDate.slice(0, 4));
        return (
          record.yearsServed >= 2 &&
          record.yearsServed <= 16 &&
          record.dischargeDate >= '2008-01-01' &&
          record.dischargeDate <= today &&
          enlistmentAge >= 18 &&
          enlistmentAge <= 23
        );
      }),
    ).toEqual([]);
  });

  it('are mostly privates and junior NCOs, some squad leaders, a few officers, few women', () => {
    const rankOf = (veteran: DemoVeteran) => veteran.body.serviceRecord!.rankId!;
    expect(
      share(veterans, (veteran) =>
        ['private', 'private-first-class', 'corporal', 'sergeant'].includes(rankOf(veteran)),
      ),
    ).toBeGreaterThan(0.75);
    const officers = share(veterans, (veteran) => getRank(rankOf(veteran))?.tier === 'officer');
    expect(officers).toBeGreaterThan(0.01);
    expect(officers).toBeLessThan(0.1);
    expect(
      share(veterans, (veteran) => veteran.body.serviceRecord!.roleIds.includes('squad-leader')),
    ).toBeGreaterThan(0.08);
    expect(share(veterans, (veteran) => veteran.sex === 'female')).toBeLessThan(0.15);
  });

  it('hold the licences of their trade: drivers C1 or above, heavy-transport drivers B2 or above', () => {
    const drivingAs = (specialties: readonly string[]) =>
      veterans.filter((veteran) => specialties.includes(veteran.body.serviceRecord!.specialtyIds[0]!));
    const drivers = drivingAs(['wheeled-vehicle-driver', 'heavy-transport-driver', 'fuel-tanker-driver']);
    expect(drivers.length).toBeGreaterThan(50);
    expect(
      failing(drivers, (driver) => certificatesCovered(driver.body.certificateIds).has('driving-licence-c1')),
    ).toEqual([]);
    expect(
      failing(drivingAs(['heavy-transport-driver']), (driver) =>
        certificatesCovered(driver.body.certificateIds).has('driving-licence-b2'),
      ),
    ).toEqual([]);
  });

  it('state skills, wishes, salary floors and homes that fit', () => {
    expect(
      failing(veterans, ({ body }) => {
        const { minimumMonthlySalary, desiredOccupationIds } = body.preferences;
        const residence = body.residence!;
        const point = { lat: residence.lat ?? 0, lng: residence.lng ?? 0 };
        return (
          new Set(body.skills.map((skill) => skill.skillId)).size === body.skills.length &&
          body.skills.length <= 50 &&
          desiredOccupationIds.length > 0 &&
          desiredOccupationIds.length <= 10 &&
          (minimumMonthlySalary === null ||
            (minimumMonthlySalary >= 3000 && minimumMonthlySalary <= 15_000)) &&
          /^[\u4e00-\u9fff]{2,4}$/.test(body.identity.fullName) &&
          /^1[3-9]\d{9}$/.test(body.identity.phone) &&
          (residence.lat === null ||
            (isInJiangsu(point) && within(point, residence.districtId!, HOME_MAX_KM)))
        );
      }),
    ).toEqual([]);
    expect([...new Set(veterans.map((veteran) => veteran.body.jobSeekingStatus))].sort()).toEqual([
      'actively-looking',
      'employed',
      'open',
    ]);
    expect(share(veterans, (veteran) => veteran.body.residence!.lat !== null)).toBeGreaterThan(0.2);
  });

  it('live in every city, relatively more in the north, which sends more recruits', () => {
    const livingIn = (cityId: string) =>
      veterans.filter((veteran) => veteran.body.residence!.cityId === cityId).length;
    expect(new Set(veterans.map((veteran) => veteran.body.residence!.cityId)).size).toBe(13);
    expect(livingIn('xuzhou')).toBeGreaterThan(livingIn('wuxi'));
  });
});

describe('applications', () => {
  it('pair a job-seeking veteran with a job at most once, never hire beyond the headcount', () => {
    expect(applications).toHaveLength(SIZE.applications);
    const pairs = new Set(
      applications.map((application) => `${application.veteranIndex}/${application.jobIndex}`),
    );
    expect(pairs.size).toBe(applications.length);
    expect(
      applications.filter(
        (application) => veterans[application.veteranIndex]!.body.jobSeekingStatus === 'employed',
      ),
    ).toEqual([]);
    const hires = new Map<number, number>();
    for (const application of applications) {
      if (application.steps.some((step) => step.stage === 'hired'))
        hires.set(application.jobIndex, (hires.get(application.jobIndex) ?? 0) + 1);
    }
    expect([...hires].filter(([jobIndex, count]) => count > jobs[jobIndex]!.body.headcount)).toEqual([]);
  });

  it('move along the stages the service allows, by the party allowed to', () => {
    const next: Record<string, readonly string[]> = {
      applied: ['viewed', 'rejected', 'withdrawn'],
      viewed: ['interview', 'rejected', 'withdrawn'],
      interview: ['offer', 'rejected', 'withdrawn'],
      offer: ['hired', 'rejected', 'withdrawn'],
    };
    const finals = new Set<string>();
    const illegal = applications.filter((application) => {
      let stage = 'applied';
      for (const step of application.steps) {
        if (!next[stage]?.includes(step.stage)) return true;
        if (step.by !== (step.stage === 'withdrawn' ? 'veteran' : 'employer')) return true;
        stage = step.stage;
      }
      finals.add(stage);
      return (application.body.coverLetter?.length ?? 0) > 2000;
    });
    expect(illegal).toEqual([]);
    expect(finals.size).toBeGreaterThanOrEqual(6);
  });
});

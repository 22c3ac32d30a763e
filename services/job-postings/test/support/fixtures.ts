import { randomBytes, randomInt } from 'node:crypto';
import { TOPICS } from '@vetlink/contracts';
import { EventCollector, testEngines } from '@vetlink/testing';
import request from 'supertest';
import { creditCodeCheckCharacter } from '../../src/employers/domain/credit-code';
import { TestApp } from './test-app';

const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A well-formed unified social credit code no other test uses (a Nanjing company, random body). */
export function uniqueCreditCode(): string {
  const body = Array.from({ length: 9 }, () =>
    CREDIT_CODE_ALPHABET.charAt(randomInt(CREDIT_CODE_ALPHABET.length)),
  ).join('');
  const first17 = `91320100${body}`;
  return first17 + creditCodeCheckCharacter(first17);
}

export function employerRegistration(overrides: Record<string, unknown> = {}) {
  return {
    name: '南京顺达安保服务有限公司',
    creditCode: uniqueCreditCode(),
    industry: 'business-services',
    cityId: 'nanjing',
    contact: { name: '王经理', phone: '+86 138-1234-5678' },
    ...overrides,
  };
}

export function inDays(days: number): string {
  return new Date(Date.now() + days * 24 * 3600_000).toISOString();
}

/** A complete, valid job as an employer would send it. */
export function jobBody(overrides: Record<string, unknown> = {}) {
  return {
    title: '安保队长',
    description: '负责园区安保团队排班、巡逻与应急处置，退役军人优先。',
    occupationId: 'security-team-leader',
    requiredSkills: [
      { skillId: 'site-patrol', level: 3 },
      { skillId: 'first-aid', level: 2 },
    ],
    preferredSkills: [{ skillId: 'security-risk-assessment', level: 2 }],
    requiredCertificates: ['security-guard-certificate'],
    education: 'senior-high',
    experienceYears: 2,
    location: {
      cityId: 'nanjing',
      districtId: 'nanjing-jianye',
      address: '建邺区江东中路 100 号',
      lat: 32.0037,
      lng: 118.7318,
    },
    salary: { min: 6000, max: 8500 },
    employmentType: 'full-time',
    headcount: 2,
    benefits: ['五险一金', '包住宿'],
    veteransOnly: false,
    veteranPriority: true,
    deadline: inDays(30),
    ...overrides,
  };
}

/** The people a test acts as, each with a bearer token minted by the test issuer. */
export class Actors {
  constructor(private readonly service: TestApp) {}

  employer(organisationId: string, userId = `hr-${organisationId}`) {
    return this.bearer({ userId, role: 'employer', organisationId });
  }

  officer() {
    return this.bearer({ userId: 'officer-1', role: 'officer', organisationId: 'bureau-jiangsu' });
  }

  veteran(userId: string) {
    return this.bearer({ userId, role: 'veteran' });
  }

  private bearer(subject: { userId: string; role: string; organisationId?: string }) {
    return `Bearer ${this.service.issuer.mint(subject)}`;
  }
}

export function newOrganisationId(): string {
  return `org-${randomBytes(4).toString('hex')}`;
}

export function http(service: TestApp) {
  return request(service.app.getHttpServer());
}

/** Registers an organisation and, unless told otherwise, has an officer verify it. */
export async function registeredEmployer(
  service: TestApp,
  actors: Actors,
  options: { verified?: boolean } = {},
) {
  const organisationId = newOrganisationId();
  const token = actors.employer(organisationId);
  await http(service).post('/employers').set('authorization', token).send(employerRegistration()).expect(201);
  if (options.verified ?? true) {
    await http(service)
      .post(`/employers/${organisationId}/verification`)
      .set('authorization', actors.officer())
      .expect(200);
  }
  return { organisationId, token };
}

/** Drafts a job (and publishes it unless told otherwise); returns its id. */
export async function postedJob(
  service: TestApp,
  token: string,
  body: Record<string, unknown> = {},
  options: { publish?: boolean } = {},
) {
  const created = await http(service)
    .post('/jobs')
    .set('authorization', token)
    .send(jobBody(body))
    .expect(201);
  const jobId = created.body.id as string;
  if (options.publish ?? true)
    await http(service).post(`/jobs/${jobId}/publish`).set('authorization', token).expect(200);
  return jobId;
}

/** Reads what the service really publishes to Kafka from now on. */
export function jobEventCollector(): Promise<EventCollector> {
  return new EventCollector(testEngines.kafkaBrokers, [
    TOPICS.jobPostings,
    TOPICS.jobApplications,
    TOPICS.employers,
  ]).start();
}

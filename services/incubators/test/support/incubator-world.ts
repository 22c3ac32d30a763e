import { INCUBATOR_TOPICS, MENTOR_TOPICS, TOPICS } from '@vetlink/contracts';
import { uniqueName, waitFor } from '@vetlink/testing';
import { ServiceUnderTest, startServiceForTest } from '@vetlink/testing/service';
import { AppModule } from '../../src/app.module';
import { SERVICE_NAME } from '../../src/service-name';
import { MentorEvents } from './mentor-events';
import { ProfileEvents } from './profile-events';

const anchors = { '1': 'no evidence', '3': 'plausible', '5': 'proven' };
export const RUBRIC = [
  { id: 'team', name: 'Team', weight: 50, anchors },
  { id: 'market', name: 'Market', weight: 30, anchors },
  { id: 'veteran-jobs', name: 'Jobs for veterans', weight: 20, anchors },
];

/** The service on the real engines, with helpers that walk an application through its states over HTTP. */
export class IncubatorWorld {
  service!: ServiceUnderTest;
  profiles!: ProfileEvents;
  mentors!: MentorEvents;
  officer!: string;

  async start(): Promise<this> {
    this.profiles = await new ProfileEvents().ready();
    this.mentors = await new MentorEvents().ready();
    this.service = await startServiceForTest(
      (kit) =>
        AppModule.register({ service: kit.service, auth: kit.auth }, { consumerGroup: kit.consumerGroup }),
      {
        name: SERVICE_NAME,
        consumes: [TOPICS.veteranProfiles, MENTOR_TOPICS.mentors],
        collects: [INCUBATOR_TOPICS.startups],
      },
    );
    this.officer = this.service.bearer({ userId: uniqueName('officer'), role: 'officer' });
    return this;
  }

  async close(): Promise<void> {
    await this.profiles?.close();
    await this.mentors?.close();
    await this.service?.close();
  }

  http() {
    return this.service.http();
  }

  /** A bearer of base staff that an officer granted the role at this base. */
  async staffOf(baseId: string): Promise<string> {
    const userId = uniqueName('staff');
    await this.http()
      .post(`/bases/${baseId}/staff`)
      .set('authorization', this.officer)
      .send({ userId })
      .expect(201);
    return this.service.bearer({ userId, role: 'base-staff', organisationId: baseId });
  }

  /** A veteran whose profile (with a service record unless told otherwise) the service has applied. */
  async veteran(withServiceRecord = true): Promise<{ id: string; bearer: string }> {
    const id = uniqueName('veteran');
    await this.profiles.created(id, withServiceRecord);
    await waitFor(
      async () =>
        (await this.service.connection.collection('known_veterans').findOne({ _id: id as never })) ??
        undefined,
      { timeoutMs: 60_000, what: `${id} to be known` },
    );
    return { id, bearer: this.service.bearer({ userId: id, role: 'veteran' }) };
  }

  /** A mentor the mentors service verified, once the service has applied the event. */
  async mentor(): Promise<string> {
    const id = uniqueName('mentor');
    await this.mentors.verified(id);
    await waitFor(
      async () =>
        (await this.service.connection.collection('known_mentors').findOne({ _id: id as never })) ??
        undefined,
      { timeoutMs: 60_000, what: `${id} to be known` },
    );
    return id;
  }

  async base(units: Record<string, number> = { workstation: 5 }): Promise<string> {
    const response = await this.http()
      .post('/bases')
      .set('authorization', this.officer)
      .send({
        name: uniqueName('Jiangning Veterans Startup Base'),
        operator: 'Jiangning District Veterans Affairs Bureau',
        cityId: 'nanjing',
        address: '88 Tianyuan Middle Road, Jiangning',
        focusIndustries: ['transport-logistics', 'information-technology'],
        units,
        equipment: ['roadshow hall'],
        support: [{ kind: 'rent-free-months', amount: 12 }, { kind: 'legal-help' }],
      })
      .expect(201);
    return response.body.id;
  }

  async programme(baseId: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const now = Date.now();
    const response = await this.http()
      .post(`/bases/${baseId}/programmes`)
      .set('authorization', await this.staffOf(baseId))
      .send({
        name: 'Spring cohort',
        opensAt: new Date(now - 86_400_000).toISOString(),
        closesAt: new Date(now + 30 * 86_400_000).toISOString(),
        seats: 30,
        eligibility: { founderMustBeVeteran: true, registration: 'any', industries: [] },
        rubric: RUBRIC,
        ...overrides,
      })
      .expect(201);
    return response.body.id;
  }

  ventureBody(founderId: string, overrides: Record<string, unknown> = {}) {
    return {
      ventureName: uniqueName('Green Convoy Logistics'),
      summary: 'Cold-chain delivery for farms around Lishui.\nTwo refrigerated vans.',
      industry: 'transport-logistics',
      stage: 'prototype',
      registration: { registered: false },
      fundingNeedFen: 30_000_000,
      spaceNeed: { type: 'workstation', units: 1 },
      team: [{ name: 'Wang Jun', role: 'founder', veteran: true, veteranId: founderId }],
      ...overrides,
    };
  }

  /** A submitted application of a new veteran founder. */
  async submitted(programmeId: string): Promise<{ id: string; founder: { id: string; bearer: string } }> {
    const founder = await this.veteran();
    const draft = await this.http()
      .post(`/programmes/${programmeId}/applications`)
      .set('authorization', founder.bearer)
      .send(this.ventureBody(founder.id))
      .expect(201);
    await this.http()
      .post(`/applications/${draft.body.id}/submit`)
      .set('authorization', founder.bearer)
      .expect(201);
    return { id: draft.body.id, founder };
  }

  /** Submitted, screened and sent to review with these reviewers. */
  async inReview(programmeId: string, staff: string, reviewerIds: string[] = [uniqueName('reviewer')]) {
    const application = await this.submitted(programmeId);
    await this.http()
      .post(`/applications/${application.id}/screening`)
      .set('authorization', staff)
      .send({ reason: 'complete file' })
      .expect(201);
    await this.http()
      .post(`/applications/${application.id}/review`)
      .set('authorization', staff)
      .send({ reviewerIds })
      .expect(201);
    return application;
  }
}

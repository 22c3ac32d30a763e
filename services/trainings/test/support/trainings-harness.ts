import { AdjustableClock } from '@vetlink/clock';
import { TRAINING_TOPICS } from '@vetlink/contracts';
import { uniqueName } from '@vetlink/testing';
import { ServiceUnderTest, startServiceForTest, TestServiceKit } from '@vetlink/testing/service';
import { AppModule } from '../../src/app.module';
import { loadTrainingsConfig, TrainingsConfig } from '../../src/config';
import { SERVICE_NAME } from '../../src/service-name';
import { CONSUMED_TOPICS } from './consumed-topics';

const DAY_MS = 86_400_000;

/** A calendar day `days` after today in Asia/Shanghai, as YYYY-MM-DD. */
export function shanghaiDayFromNow(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * DAY_MS).toISOString().slice(0, 10);
}

/** trainings under test on the real engines, with an adjustable clock and collecting its own events. */
export class TrainingsHarness {
  readonly officer: string;

  constructor(
    readonly service: ServiceUnderTest,
    readonly clock: AdjustableClock,
    private readonly settings: TrainingsConfig = trainingsConfigFor(service.kit),
  ) {
    this.officer = this.as(uniqueName('officer'), 'officer');
  }

  http() {
    return this.service.http();
  }

  as(userId: string, role: 'veteran' | 'officer' | 'employer' | 'mentor'): string {
    return this.service.bearer({ userId, role });
  }

  /** Staff of a training provider: their token's `org` claim is the provider's id. */
  providerStaff(userId: string, providerId: string): string {
    return this.service.bearer({ userId, role: 'training-provider', organisationId: providerId });
  }

  /** The configuration another instance needs to run on the same world. */
  config(): TrainingsConfig {
    return { service: { ...this.settings.service }, auth: this.settings.auth };
  }

  /** An in-person forklift course in Nanjing, free for veterans (skills and certificate from the taxonomy's training). */
  async forkliftCourse(providerId?: string): Promise<string> {
    const response = await this.http()
      .post('/trainings/courses')
      .set('authorization', this.officer)
      .send({
        ...(providerId ? { providerId } : {}),
        title: '叉车操作培训（退役军人专班）',
        trainingId: 'forklift-course',
        durationDays: 20,
        costFen: 280_000,
        veteranSubsidyFen: 280_000,
        provider: '南京市退役军人职业技能培训中心',
        cityId: 'nanjing',
        venue: '江宁区天元中路 8 号实训楼',
        mode: 'in-person',
      })
      .expect(201);
    return response.body.id as string;
  }

  /** A run of the course starting in 30 days, enrolment open now. */
  async openRun(courseId: string, capacity: number, publisher = this.officer): Promise<string> {
    const response = await this.publishRun(courseId, capacity, publisher).expect(201);
    return response.body.id as string;
  }

  publishRun(courseId: string, capacity: number, publisher = this.officer) {
    return this.http()
      .post(`/trainings/courses/${courseId}/runs`)
      .set('authorization', publisher)
      .send({
        startsOn: shanghaiDayFromNow(30),
        endsOn: shanghaiDayFromNow(60),
        capacity,
        enrolmentOpensAt: new Date(Date.now() - DAY_MS).toISOString(),
        enrolmentClosesAt: new Date(Date.now() + 20 * DAY_MS).toISOString(),
      });
  }

  enrol(runId: string, veteranId: string) {
    return this.http()
      .post(`/trainings/runs/${runId}/enrolments`)
      .set('authorization', this.as(veteranId, 'veteran'));
  }

  async roster(
    runId: string,
  ): Promise<
    Array<{ id: string; veteranId: string; status: string; seatNo?: number; waitlistPosition?: number }>
  > {
    const response = await this.http()
      .get(`/trainings/runs/${runId}/enrolments`)
      .set('authorization', this.officer)
      .expect(200);
    return response.body.items;
  }

  close() {
    return this.service.close();
  }
}

/** The service's defaults on the test's world: its database, engines and a Redis prefix of its own. */
export function trainingsConfigFor(
  kit: TestServiceKit,
  overrides: Partial<TrainingsConfig['service']> = {},
): TrainingsConfig {
  const defaults = loadTrainingsConfig({ AUTH_JWT_PUBLIC_KEY: kit.auth.publicKey }).service;
  return {
    service: { ...defaults, ...kit.service, QUEUE_PREFIX: kit.redisPrefix, ...overrides },
    auth: kit.auth,
  };
}

export async function startTrainings(
  overrides: Partial<TrainingsConfig['service']> = {},
): Promise<TrainingsHarness> {
  const clock = new AdjustableClock();
  const service = await startServiceForTest(
    (kit) =>
      AppModule.register(trainingsConfigFor(kit, overrides), { consumerGroup: kit.consumerGroup, clock }),
    {
      name: SERVICE_NAME,
      consumes: CONSUMED_TOPICS,
      collects: [TRAINING_TOPICS.runs, TRAINING_TOPICS.enrolments],
    },
  );
  return new TrainingsHarness(service, clock, trainingsConfigFor(service.kit, overrides));
}

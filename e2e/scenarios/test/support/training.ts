import { courseCompleted, createEvent, PayloadOf, TRAINING_TOPICS } from '@vetlink/contracts';
import { createKafka, ensureTopics, EventProducer } from '@vetlink/messaging';
import { testEngines } from '@vetlink/testing';
import { identity } from './bodies';

/** What the training scenario sends and publishes: a warehouse hand without a forklift licence, and the course that gives one. */

/** An army logistics soldier in Jiangning: warehouse work, no forklift licence, wants a forklift job. */
export function warehouseHandProfile() {
  return {
    identity: identity('陈志强'),
    residence: { cityId: 'nanjing', districtId: 'nanjing-jiangning', lat: 31.95, lng: 118.84 },
    serviceRecord: {
      branch: 'army',
      specialtyIds: ['supply-clerk'],
      rankId: 'corporal',
      roleIds: [],
      yearsServed: 2,
      dischargeDate: '2025-09-01',
      awards: [],
    },
    skills: [
      { skillId: 'warehouse-operations', level: 4 },
      { skillId: 'loading-unloading', level: 4 },
    ],
    certificateIds: [],
    trainingIds: [],
    education: { level: 'senior-high', major: null, institution: '南京市江宁高级中学', graduationYear: 2019 },
    notificationPreferences: { channels: ['in-app'], weeklyDigest: true, quietHours: null },
    preferences: {
      desiredOccupationIds: ['forklift-driver', 'warehouse-operative'],
      preferredCityIds: ['nanjing'],
      radiusKm: 30,
      minimumMonthlySalary: 5000,
      employmentTypes: ['full-time'],
    },
  };
}

/** A forklift job in Jiangning: the licence is a hard requirement, so the warehouse hand is not pushed it yet. */
export function forkliftJob(title: string, address: string) {
  return {
    title,
    description: '负责仓库内叉车装卸、堆垛和搬运作业，持叉车证上岗，退役军人优先。',
    occupationId: 'forklift-driver',
    requiredSkills: [{ skillId: 'forklift-operation', level: 2 }],
    preferredSkills: [{ skillId: 'warehouse-operations', level: 3 }],
    requiredCertificates: ['forklift-licence'],
    education: 'junior-high',
    experienceYears: 0,
    location: { cityId: 'nanjing', districtId: 'nanjing-jiangning', address, lat: 31.9536, lng: 118.8399 },
    salary: { min: 6000, max: 8000 },
    employmentType: 'full-time',
    headcount: 3,
    benefits: ['五险一金'],
    veteransOnly: false,
    veteranPriority: true,
    deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  };
}

/** The bureau's forklift course in Nanjing, free for veterans. */
export function forkliftCourse() {
  return {
    title: '南京市叉车司机培训',
    trainingId: 'forklift-course',
    skillIds: ['forklift-operation'],
    certificateIds: ['forklift-licence'],
    durationDays: 10,
    costFen: 180_000,
    veteranSubsidyFen: 180_000,
    provider: '南京技师学院',
    cityId: 'nanjing',
    venue: '南京技师学院实训楼',
    mode: 'in-person',
  };
}

/** A run starting in a week, open for enrolment now. */
export function forkliftRun(shanghaiDay: (days: number) => string) {
  return {
    startsOn: shanghaiDay(7),
    endsOn: shanghaiDay(20),
    capacity: 20,
    enrolmentOpensAt: new Date(Date.now() - 3600_000).toISOString(),
    enrolmentClosesAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
  };
}

/**
 * Publishes `trainings.course-completed` exactly as the trainings service does once an officer records
 * a completion. The service accepts that only after the run has started, which a platform on the real
 * clock cannot reach within a test (runs start on a later day); trainings' own integration test records
 * the completion through its API with a test clock and checks this very event.
 */
export class CompletionPublisher {
  private readonly kafka = createKafka({ clientId: 'e2e-trainings', brokers: testEngines.kafkaBrokers });
  private readonly producer = new EventProducer(this.kafka);

  async ready(): Promise<this> {
    await ensureTopics(this.kafka, [TRAINING_TOPICS.enrolments], { partitions: 3, replicationFactor: 1 });
    return this;
  }

  async publish(payload: PayloadOf<typeof courseCompleted>): Promise<string> {
    const envelope = createEvent(courseCompleted, payload, { producer: 'trainings' });
    await this.producer.publish([{ topic: TRAINING_TOPICS.enrolments, envelope }]);
    return envelope.eventId;
  }

  /** The same envelope again, as Kafka may deliver it twice. */
  async republish(payload: PayloadOf<typeof courseCompleted>, eventId: string): Promise<void> {
    const envelope = { ...createEvent(courseCompleted, payload, { producer: 'trainings' }), eventId };
    await this.producer.publish([{ topic: TRAINING_TOPICS.enrolments, envelope }]);
  }

  async close(): Promise<void> {
    await this.producer.disconnect();
  }
}

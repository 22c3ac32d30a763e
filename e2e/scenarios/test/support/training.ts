import { courseCompleted, createEvent, PayloadOf, TRAINING_TOPICS } from '@vetlink/contracts';
import { createKafka, ensureTopics, EventProducer } from '@vetlink/messaging';
import { testEngines } from '@vetlink/testing';

/** What the training scenario sends and publishes: the course that gives the forklift licence the jobs of bodies.ts ask for. */

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

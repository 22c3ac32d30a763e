import { createEvent, MENTOR_TOPICS, mentorVerified } from '@vetlink/contracts';
import { createKafka, ensureTopics, EventProducer } from '@vetlink/messaging';
import { testEngines } from '@vetlink/testing';

/** Publishes mentor verifications as the mentors service does, so that the service's handler meets real ones. */
export class MentorEvents {
  private readonly kafka = createKafka({ clientId: 'it-mentors', brokers: testEngines.kafkaBrokers });
  private readonly producer = new EventProducer(this.kafka);

  /** The service's consumer group is placed at the end of the topic before it joins: the topic must exist. */
  async ready(): Promise<this> {
    await ensureTopics(this.kafka, [MENTOR_TOPICS.mentors], { partitions: 3, replicationFactor: 1 });
    return this;
  }

  async verified(mentorId: string): Promise<void> {
    const envelope = createEvent(
      mentorVerified,
      {
        mentorId,
        displayName: 'Zhou Min',
        expertise: ['logistics'],
        cityId: 'nanjing',
        verifiedBy: 'officer-1',
        verifiedAt: new Date().toISOString(),
      },
      { producer: 'mentors' },
    );
    await this.producer.publish([{ topic: MENTOR_TOPICS.mentors, envelope }]);
  }

  close(): Promise<void> {
    return this.producer.disconnect();
  }
}

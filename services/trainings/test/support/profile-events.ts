import {
  createEvent,
  EventEnvelope,
  profileCreated,
  TOPICS,
  VeteranProfileSnapshot,
} from '@vetlink/contracts';
import { createKafka, ensureTopics, EventProducer } from '@vetlink/messaging';
import { buildProfileSnapshot } from '@vetlink/profiles';
import { bareProfile } from '@vetlink/profiles/testing';
import { testEngines } from '@vetlink/testing';

/** Publishes profile events as skills-profiles does, so that the service's handlers meet real ones. */
export class ProfileEvents {
  private readonly kafka = createKafka({ clientId: 'it-skills-profiles', brokers: testEngines.kafkaBrokers });
  private readonly producer = new EventProducer(this.kafka);

  /** The service's consumer group is placed at the end of the topic before it joins: the topic must exist. */
  async ready(): Promise<this> {
    await ensureTopics(this.kafka, [TOPICS.veteranProfiles], { partitions: 3, replicationFactor: 1 });
    return this;
  }

  async created(veteranId: string): Promise<EventEnvelope<VeteranProfileSnapshot>> {
    const envelope = createEvent(profileCreated, buildProfileSnapshot(bareProfile({ veteranId })), {
      producer: 'skills-profiles',
    });
    await this.deliver(envelope);
    return envelope;
  }

  /** Sends an envelope (again, for a redelivery). */
  deliver(envelope: EventEnvelope): Promise<void> {
    return this.producer.publish([{ topic: TOPICS.veteranProfiles, envelope }]);
  }

  close(): Promise<void> {
    return this.producer.disconnect();
  }
}

import {
  createEvent,
  INCUBATOR_TOPICS,
  PayloadOf,
  startupAdmitted,
  startupGraduated,
} from '@vetlink/contracts';
import { createKafka, ensureTopics, EventProducer } from '@vetlink/messaging';
import { testEngines, uniqueName } from '@vetlink/testing';

/** Publishes a startup's admission and graduation as the incubators service does. */
export class StartupEvents {
  private readonly kafka = createKafka({ clientId: 'it-incubators', brokers: testEngines.kafkaBrokers });
  private readonly producer = new EventProducer(this.kafka);

  async ready(): Promise<this> {
    await ensureTopics(this.kafka, [INCUBATOR_TOPICS.startups], { partitions: 3, replicationFactor: 1 });
    return this;
  }

  /** A startup of this founder took its seat at a base; its id. */
  async admitted(founderId: string): Promise<string> {
    const startupId = uniqueName('startup');
    const payload: PayloadOf<typeof startupAdmitted> = {
      ...this.ref(startupId, founderId),
      units: [{ spaceType: 'workstation', unit: 3 }],
      admittedAt: new Date().toISOString(),
    };
    await this.publish(createEvent(startupAdmitted, payload, { producer: 'incubators' }));
    return startupId;
  }

  async left(startupId: string, founderId: string, ending: 'graduated' | 'exited'): Promise<void> {
    const payload: PayloadOf<typeof startupGraduated> = {
      ...this.ref(startupId, founderId),
      ending,
      companyRegistered: true,
      jobsCreated: 4,
      jobsForVeterans: 2,
      revenueBand: 'under-100k',
      fundingRaisedFen: 0,
      loansTaken: 0,
      endedAt: new Date().toISOString(),
    };
    await this.publish(createEvent(startupGraduated, payload, { producer: 'incubators' }));
  }

  close(): Promise<void> {
    return this.producer.disconnect();
  }

  private ref(applicationId: string, veteranId: string) {
    return { applicationId, programmeId: 'programme-1', baseId: 'base-xz-1', veteranId, cityId: 'xuzhou' };
  }

  private publish(envelope: ReturnType<typeof createEvent>): Promise<void> {
    return this.producer.publish([{ topic: INCUBATOR_TOPICS.startups, envelope }]);
  }
}

import {
  applicationSubmitted,
  createEvent,
  EventDefinition,
  EventEnvelope,
  jobClosed,
  jobMatched,
  jobPosted,
  veteranHired,
} from '@vetlink/contracts';
import { createKafka, EventProducer } from '@vetlink/messaging';
import { forkliftJobPosted, jobMatchedPayload } from '@vetlink/matching-score/testing';
import { testEngines, uniqueName } from '@vetlink/testing';
import type { z } from 'zod';

/**
 * A scripted working life of a job, as job-postings and matching announce it, on days of a test's own
 * (far in the future, so that no other run's events fall on them): published in Nanjing, pushed to two
 * veterans, applied to by three, one hired nine days after posting, then filled.
 */
export function jobStory(day: (offset: number) => string) {
  const jobId = uniqueName('job');
  const at = (offset: number, time = '02:00:00') => `${day(offset)}T${time}.000Z`;
  const location = {
    cityId: 'nanjing',
    districtId: 'nanjing-jianye',
    address: '江东中路',
    lat: 32.0,
    lng: 118.7,
  };
  const posted = forkliftJobPosted(jobId, {
    location,
    veteranPriority: true,
    veteransOnly: false,
    postedAt: at(0),
  });
  const application = (index: number) => ({
    applicationId: uniqueName('application'),
    jobId,
    employerId: posted.employerId,
    veteranId: `veteran-${index}`,
    jobTitle: posted.title,
    submittedAt: at(index),
    cityId: 'nanjing',
    districtId: 'nanjing-jianye',
  });
  const pushed = (veteranId: string) => {
    const match = jobMatchedPayload({ veteranId, jobId });
    return {
      ...match,
      job: { ...match.job, cityId: 'nanjing', districtId: 'nanjing-jianye' },
      matchedAt: at(0, '03:00:00'),
    };
  };
  return [
    event(jobPosted, posted),
    event(jobMatched, pushed('veteran-1')),
    event(jobMatched, pushed('veteran-2')),
    event(applicationSubmitted, application(1)),
    event(applicationSubmitted, application(2)),
    event(applicationSubmitted, application(3)),
    event(veteranHired, {
      applicationId: uniqueName('application'),
      jobId,
      employerId: posted.employerId,
      employerName: posted.employerName,
      veteranId: 'veteran-1',
      jobTitle: posted.title,
      occupationId: posted.occupationId,
      employmentType: posted.employmentType,
      cityId: 'nanjing',
      districtId: 'nanjing-jianye',
      salary: posted.salary,
      veteransOnly: false,
      veteranPriority: true,
      hiredAt: at(9),
      jobPostedAt: posted.postedAt,
    }),
    event(jobClosed, {
      jobId,
      employerId: posted.employerId,
      reason: 'filled',
      closedAt: at(9),
      cityId: 'nanjing',
      districtId: 'nanjing-jianye',
    }),
  ];
}

export function event<Schema extends z.ZodType>(
  definition: EventDefinition<Schema>,
  payload: z.input<Schema>,
) {
  return {
    topic: definition.topic,
    envelope: createEvent(definition, payload, { producer: 'it-tests' }) as EventEnvelope,
  };
}

/** Sends envelopes as they are (again, for a redelivery). */
export class RawEvents {
  private readonly producer = new EventProducer(
    createKafka({ clientId: 'it-insights', brokers: testEngines.kafkaBrokers }),
  );

  send(events: readonly { topic: string; envelope: EventEnvelope }[]): Promise<void> {
    return this.producer.publish([...events]);
  }

  close(): Promise<void> {
    return this.producer.disconnect();
  }
}

import { Counter, Histogram } from 'prom-client';
import { SERIES } from './agreed-series';
import { metricsRegistry } from './process-registry';
import { GaugeReading, ScrapedGauge } from './scraped-gauge';

const registers = [metricsRegistry];

const httpRequestDuration = new Histogram({
  name: SERIES.httpRequestDuration,
  help: 'HTTP requests by route pattern (never a raw path), method and status code',
  labelNames: ['method', 'route', 'status_code'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers,
});

const eventHandlerDuration = new Histogram({
  name: SERIES.eventHandlerDuration,
  help: 'Kafka event handling by event type: handled, skipped as a duplicate, or failed (dead-lettered)',
  labelNames: ['event_type', 'outcome'] as const,
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers,
});

const deadLetters = new Counter({
  name: SERIES.deadLetters,
  help: 'Events a consumer sent to a dead-letter topic, by that topic (<topic>.dlq)',
  labelNames: ['topic'] as const,
  registers,
});

const jobDuration = new Histogram({
  name: SERIES.jobDuration,
  help: 'BullMQ job runs by queue and job name: completed or failed (one observation per attempt)',
  labelNames: ['queue', 'job_name', 'outcome'] as const,
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
  registers,
});

const jobPushes = new Counter({
  name: SERIES.jobPushes,
  help: "Match pushes that reached a veteran's inbox",
  registers,
});

const notificationsSent = new Counter({
  name: SERIES.notificationsSent,
  help: 'Notifications delivered, by channel (inbox, email, sms, webhook) and kind (the notification type)',
  labelNames: ['channel', 'kind'] as const,
  registers,
});

/** Messages on each partition after the group's committed offset. */
export const consumerLagGauge = new ScrapedGauge({
  name: SERIES.consumerLag,
  help: "High-water offset minus the consumer group's committed offset, per partition",
  labelNames: ['group', 'topic', 'partition'] as const,
});

/** Events written to aggregates' outboxes and not yet published. */
export const outboxBacklogGauge = new ScrapedGauge({
  name: SERIES.outboxBacklog,
  help: 'Events written in an outbox collection and not yet relayed to Kafka',
  labelNames: ['collection'] as const,
});

/** BullMQ jobs per queue and state. */
export const queueJobsGauge = new ScrapedGauge({
  name: SERIES.queueJobs,
  help: 'BullMQ jobs by queue and state (waiting includes prioritized jobs)',
  labelNames: ['queue', 'state'] as const,
});

export type ConsumerLagReading = GaugeReading<'group' | 'topic' | 'partition'>;
export type OutboxBacklogReading = GaugeReading<'collection'>;
export type QueueJobsReading = GaugeReading<'queue' | 'state'>;
export type QueueJobState = 'waiting' | 'active' | 'delayed' | 'failed';
export type EventHandlerOutcome = 'handled' | 'duplicate' | 'failed';
export type NotificationSentChannel = 'inbox' | 'email' | 'sms' | 'webhook';

/** Seconds since it was made: `const elapsed = stopwatch(); …; record(elapsed())`. */
export function stopwatch(): () => number {
  const started = process.hrtime.bigint();
  return () => Number(process.hrtime.bigint() - started) / 1e9;
}

export function recordHttpRequest(
  request: { method: string; route: string; statusCode: number },
  seconds: number,
): void {
  httpRequestDuration.observe(
    { method: request.method, route: request.route, status_code: String(request.statusCode) },
    seconds,
  );
}

export function recordEventHandling(eventType: string, outcome: EventHandlerOutcome, seconds: number): void {
  eventHandlerDuration.observe({ event_type: eventType, outcome }, seconds);
}

export function recordDeadLetter(deadLetterTopic: string): void {
  deadLetters.inc({ topic: deadLetterTopic });
}

export function recordJobRun(
  queue: string,
  jobName: string,
  outcome: 'completed' | 'failed',
  seconds: number,
): void {
  jobDuration.observe({ queue, job_name: jobName, outcome }, seconds);
}

export function recordJobPushes(count = 1): void {
  jobPushes.inc(count);
}

export function recordNotificationSent(channel: NotificationSentChannel, kind: string): void {
  notificationsSent.inc({ channel, kind });
}

export { MetricsModule } from './lib/metrics.module';
export { AGREED_SERIES, SERIES } from './lib/agreed-series';
export { MetricsController } from './lib/metrics.controller';
export { metricsRegistry, metricsExposition, nameProcessMetrics } from './lib/process-registry';
export { CachedReading, SCRAPE_READING } from './lib/cached-reading';
export { sampleSum, sampleValue } from './lib/samples';
export { ScrapedGauge } from './lib/scraped-gauge';
export type { GaugeReading } from './lib/scraped-gauge';
export {
  consumerLagGauge,
  outboxBacklogGauge,
  queueJobsGauge,
  recordDeadLetter,
  recordEventHandling,
  recordHttpRequest,
  recordJobPushes,
  recordJobRun,
  recordNotificationSent,
  stopwatch,
} from './lib/recorders';
export type {
  ConsumerLagReading,
  EventHandlerOutcome,
  NotificationSentChannel,
  OutboxBacklogReading,
  QueueJobState,
  QueueJobsReading,
} from './lib/recorders';

/**
 * The agreed series (libs/metrics/README.md): the Helm chart's autoscalers and the Grafana dashboard
 * query these names and their labels, so they do not change.
 */
export const SERIES = {
  httpRequestDuration: 'http_request_duration_seconds',
  eventHandlerDuration: 'vetlink_event_handler_duration_seconds',
  consumerLag: 'vetlink_kafka_consumer_lag',
  outboxBacklog: 'vetlink_outbox_backlog',
  deadLetters: 'vetlink_dlq_events_total',
  queueJobs: 'vetlink_queue_jobs',
  jobDuration: 'vetlink_queue_job_duration_seconds',
  jobPushes: 'vetlink_job_pushes_total',
  notificationsSent: 'vetlink_notifications_sent_total',
} as const;

/** Every agreed series name, each process exposes them all from its start. */
export const AGREED_SERIES: readonly string[] = Object.values(SERIES);

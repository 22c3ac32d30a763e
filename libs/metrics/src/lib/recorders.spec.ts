import { metricsExposition, nameProcessMetrics } from './process-registry';
import {
  consumerLagGauge,
  queueJobsGauge,
  recordDeadLetter,
  recordEventHandling,
  recordHttpRequest,
  recordJobPushes,
  recordJobRun,
  recordNotificationSent,
} from './recorders';
import { sampleSum, sampleValue } from './samples';

describe('the recorders', () => {
  beforeAll(() => nameProcessMetrics('loans'));

  it('labels every series with the service and adds the process metrics', async () => {
    recordDeadLetter('vetlink.loans.v1.dlq');
    expect(await sampleValue('vetlink_dlq_events_total', { topic: 'vetlink.loans.v1.dlq' })).toBe(1);
    const { body } = await metricsExposition();
    expect(body).toMatch(/^vetlink_dlq_events_total\{.*service="loans".*\} 1$/m);
    expect(body).toMatch(/^process_cpu_user_seconds_total\{service="loans"\} /m);
    expect(body).toMatch(/^nodejs_eventloop_lag_seconds\{service="loans"\} /m);
  });

  it('times requests by route pattern, events by type and outcome, jobs by queue and name', async () => {
    recordHttpRequest({ method: 'GET', route: '/loans/:loanId', statusCode: 200 }, 0.03);
    recordEventHandling('jobs.job-posted', 'handled', 0.002);
    recordEventHandling('jobs.job-posted', 'duplicate', 0.0005);
    recordJobRun('digests', 'send-digest', 'failed', 1.2);
    const route = { method: 'GET', route: '/loans/:loanId', status_code: '200' };
    expect(await sampleValue('http_request_duration_seconds_bucket', { ...route, le: 0.025 })).toBe(0);
    expect(await sampleValue('http_request_duration_seconds_bucket', { ...route, le: 0.05 })).toBe(1);
    for (const outcome of ['handled', 'duplicate'])
      expect(
        await sampleValue('vetlink_event_handler_duration_seconds_count', {
          event_type: 'jobs.job-posted',
          outcome,
        }),
      ).toBe(1);
    expect(
      await sampleValue('vetlink_queue_job_duration_seconds_sum', {
        queue: 'digests',
        job_name: 'send-digest',
        outcome: 'failed',
      }),
    ).toBe(1.2);
  });

  it('counts pushes and notifications sent by channel and kind', async () => {
    recordJobPushes();
    recordJobPushes(2);
    recordNotificationSent('inbox', 'job-matched');
    expect(await sampleValue('vetlink_job_pushes_total')).toBe(3);
    expect(
      await sampleValue('vetlink_notifications_sent_total', { channel: 'inbox', kind: 'job-matched' }),
    ).toBe(1);
    expect(await sampleValue('vetlink_notifications_sent_total', { channel: 'email' })).toBeUndefined();
  });

  it('reads gauges from their sources on scrape, and forgets a source that is removed', async () => {
    const remove = consumerLagGauge.addSource(async () => [
      { labels: { group: 'loans.events', topic: 'vetlink.jobs.v1', partition: 0 }, value: 4 },
      { labels: { group: 'loans.events', topic: 'vetlink.jobs.v1', partition: 1 }, value: 0 },
    ]);
    queueJobsGauge.addSource(async () => [{ labels: { queue: 'digests', state: 'waiting' }, value: 12 }]);
    expect(await sampleValue('vetlink_kafka_consumer_lag', { partition: 0 })).toBe(4);
    expect(await sampleValue('vetlink_kafka_consumer_lag', { partition: 1 })).toBe(0);
    expect(await sampleSum('vetlink_kafka_consumer_lag', { group: 'loans.events' })).toBe(4);
    expect(await sampleValue('vetlink_queue_jobs', { queue: 'digests', state: 'waiting' })).toBe(12);
    remove();
    expect(await sampleValue('vetlink_kafka_consumer_lag')).toBeUndefined();
    expect((await metricsExposition()).body).toContain('# TYPE vetlink_kafka_consumer_lag gauge');
  });
});

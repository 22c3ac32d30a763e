import { metricsRegistry } from './process-registry';

/**
 * The value of one sample as a scrape would show it (gauges read from their sources first), or
 * undefined when no sample carries these labels: `sampleValue('vetlink_queue_jobs', { queue, state })`.
 * A histogram's samples are named `<name>_count`, `<name>_sum` and `<name>_bucket`. For tests and tools.
 */
export async function sampleValue(
  sampleName: string,
  labels: Record<string, string | number> = {},
): Promise<number | undefined> {
  const metrics = await metricsRegistry.getMetricsAsJSON();
  for (const metric of metrics) {
    for (const sample of metric.values as {
      value: number;
      labels: Record<string, string | number>;
      metricName?: string;
    }[]) {
      if ((sample.metricName ?? metric.name) !== sampleName) continue;
      if (Object.entries(labels).every(([key, value]) => String(sample.labels[key]) === String(value)))
        return sample.value;
    }
  }
  return undefined;
}

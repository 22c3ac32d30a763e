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
  return (await matchingSamples(sampleName, labels))[0];
}

/** The sum of every sample carrying these labels (a group's lag over its partitions), or undefined. */
export async function sampleSum(
  sampleName: string,
  labels: Record<string, string | number> = {},
): Promise<number | undefined> {
  const values = await matchingSamples(sampleName, labels);
  return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0);
}

async function matchingSamples(
  sampleName: string,
  labels: Record<string, string | number>,
): Promise<number[]> {
  const values: number[] = [];
  for (const metric of await metricsRegistry.getMetricsAsJSON()) {
    for (const sample of metric.values as {
      value: number;
      labels: Record<string, string | number>;
      metricName?: string;
    }[]) {
      if ((sample.metricName ?? metric.name) !== sampleName) continue;
      if (Object.entries(labels).every(([key, value]) => String(sample.labels[key]) === String(value)))
        values.push(sample.value);
    }
  }
  return values;
}

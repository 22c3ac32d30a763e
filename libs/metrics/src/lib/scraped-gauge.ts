import { Gauge } from 'prom-client';
import { CachedReading, SCRAPE_READING } from './cached-reading';
import { metricsRegistry } from './process-registry';

export interface GaugeReading<Label extends string> {
  labels: Record<Label, string | number>;
  value: number;
}

/**
 * A gauge read from engines when Prometheus scrapes: each source (a consumer group, a relay, a queue
 * registry) adds a reading function; every scrape sets the gauge to the sources' latest readings only,
 * so a partition or queue that is gone stops being reported.
 */
export class ScrapedGauge<Label extends string> {
  private readonly sources = new Set<CachedReading<GaugeReading<Label>[]>>();
  readonly gauge: Gauge<Label>;

  constructor(config: { name: string; help: string; labelNames: readonly Label[] }) {
    const sources = this.sources;
    this.gauge = new Gauge<Label>({
      ...config,
      registers: [metricsRegistry],
      async collect() {
        const readings = await Promise.all([...sources].map((source) => source.read()));
        this.reset();
        for (const reading of readings.flat()) if (reading) this.set(reading.labels, reading.value);
      },
    });
  }

  /** Adds a source, read at most once per `ttlMs`; returns what removes it (at shutdown). */
  addSource(
    take: () => Promise<GaugeReading<Label>[]>,
    options: { ttlMs: number; timeoutMs: number } = SCRAPE_READING,
  ): () => void {
    const source = new CachedReading(take, options);
    this.sources.add(source);
    return () => this.sources.delete(source);
  }
}

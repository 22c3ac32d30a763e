import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The process's one registry: every vetlink series is registered here, so that `/metrics` (or a
 * worker's probe listener) answers with all of them. Module-level on purpose: the recorders are used
 * from plain code (the event consumer, the queue worker) that has no Nest container to ask.
 */
export const metricsRegistry = new Registry();

let defaultsCollected = false;

/**
 * Names the process (label `service` on every series) and adds prom-client's process and Node.js
 * metrics once. A second call (a test starting another app in the same process) renames only.
 */
export function nameProcessMetrics(service: string): void {
  metricsRegistry.setDefaultLabels({ service });
  if (defaultsCollected) return;
  collectDefaultMetrics({ register: metricsRegistry });
  defaultsCollected = true;
}

/** The exposition text Prometheus scrapes, with its content type. */
export async function metricsExposition(): Promise<{ contentType: string; body: string }> {
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}

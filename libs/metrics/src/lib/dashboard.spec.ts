import { AGREED_SERIES } from './agreed-series';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { metricsRegistry, nameProcessMetrics } from './process-registry';
import './recorders';

interface Panel {
  title: string;
  targets?: { expr: string }[];
}

const dashboard = JSON.parse(
  readFileSync(join(__dirname, '../../../../deploy/grafana/vetlink-dashboard.json'), 'utf8'),
) as { panels: Panel[]; templating: { list: { definition?: string }[] } };

describe('deploy/grafana/vetlink-dashboard.json', () => {
  it('queries only series the processes expose', async () => {
    nameProcessMetrics('dashboard-spec');
    const known = new Set((await metricsRegistry.getMetricsAsJSON()).map((metric) => metric.name));
    const expressions = [
      ...dashboard.panels.flatMap((panel) => (panel.targets ?? []).map((target) => target.expr)),
      ...dashboard.templating.list.map((variable) => variable.definition ?? ''),
    ];
    const queried = new Set(
      expressions.flatMap((expr) =>
        [...expr.matchAll(/\b([a-z_:]+)(?:\{|,)/g)]
          .map((match) => (match[1] as string).replace(/_(bucket|count|sum)$/, ''))
          .filter((name) => name.includes('_')),
      ),
    );
    expect(queried.size).toBeGreaterThan(10);
    expect([...queried].filter((name) => !known.has(name))).toEqual([]);
  });

  it('shows every agreed vetlink series somewhere', () => {
    const text = JSON.stringify(dashboard.panels);
    for (const name of AGREED_SERIES) expect(text).toContain(name);
  });
});

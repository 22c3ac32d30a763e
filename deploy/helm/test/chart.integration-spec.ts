import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ensureChartTools,
  helm,
  KUBERNETES_VERSION,
  Manifest,
  parse,
  parseYamlFile,
  productionValues,
  render,
  validate,
  chartDir,
  repoRoot,
} from './chart-tools';

/**
 * The Helm chart as CI can check it without a cluster: helm lint, helm template with the default values
 * and with a production-like set, every rendered manifest validated offline against the Kubernetes
 * schemas that kubernetes-validate ships (strict), and what matters about the manifests asserted.
 */
/** The services that read PROCESS_ROLE and run a worker Deployment beside their API. */
const ROLE_SERVICES = ['mentors', 'notifications', 'recommendations', 'trainings'];
const SECRET_VARIABLE = /(PASSWORD|SECRET|_KEY$|MONGODB_URI|REDIS_URL)/;
/** Custom resources whose schemas no Kubernetes release carries (the Prometheus Operator's). */
const CUSTOM_KINDS = ['ServiceMonitor'];
/** What the ingress controller reaches: the API and the web portal. */
const PUBLIC = ['gateway', 'portal'];

type Container = {
  name: string;
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  readinessProbe?: { httpGet?: { path: string; port: string } };
  livenessProbe?: { httpGet?: { path: string; port: string } };
  startupProbe?: { httpGet?: { path: string; port: string } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: Record<string, unknown> & { capabilities?: { drop?: string[] } };
  lifecycle?: { preStop?: { exec?: { command?: string[] } } };
};

/** The code a service runs (its src, its scripts, every lib's src), specs left out. */
function sourceText(dirs: string[]): string {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|mjs)$/.test(entry.name) && !/\.(spec|integration-spec)\.ts$/.test(entry.name))
        texts.push(readFileSync(path, 'utf8'));
    }
  };
  dirs.forEach(walk);
  return texts.join('\n');
}
const serviceText = (service: string) =>
  sourceText(
    ['src', 'scripts']
      .map((dir) => join(repoRoot, 'services', service, dir))
      .filter((dir) => existsSync(dir)),
  );
const libsText = sourceText(
  readdirSync(join(repoRoot, 'libs')).map((lib) => join(repoRoot, 'libs', lib, 'src')),
);
/** Read by Node itself or by the OpenTelemetry SDK, not by our code. */
const READ_OUTSIDE_OUR_CODE = /^(NODE_OPTIONS|OTEL_\w+)$/;

const ofKind = (manifests: Manifest[], kind: string) => manifests.filter((m) => m.kind === kind);
const containersOf = (workload: Manifest): Container[] => workload.spec.template.spec.containers;
const envOf = (workload: Manifest) =>
  new Map((containersOf(workload)[0]!.env ?? []).map((variable) => [variable.name, variable]));

describe(`the Helm chart (helm lint, helm template, kubernetes-validate --strict against ${KUBERNETES_VERSION})`, () => {
  const sets: Record<string, string[]> = {
    default: [],
    'production-like': ['-f', productionValues],
    // The options neither set turns on: the demo seed, traces, Kafka over TLS with SASL and no private CA.
    'other options': [
      ...['--set', 'demoSeed.enabled=true', '--set', 'tracing.otlpEndpoint=http://otel-collector:4318'],
      ...['--set', 'engines.kafka.tls.enabled=true', '--set', 'engines.kafka.sasl.enabled=true'],
    ],
  };
  const rendered: Record<string, string> = {};
  const manifests: Record<string, Manifest[]> = {};

  beforeAll(() => {
    ensureChartTools();
    for (const [name, args] of Object.entries(sets)) {
      rendered[name] = render(...args);
      manifests[name] = parse(rendered[name]!);
    }
  }, 1_200_000);

  it.each(Object.keys(sets))('passes helm lint --strict with the %s values', (name) => {
    const run = helm('lint', '--strict', chartDir, ...sets[name]!);
    expect(run.stderr + run.stdout).toContain('0 chart(s) failed');
    expect(run.status).toBe(0);
  });

  it.each(Object.keys(sets))('renders %s manifests that all validate strictly', (name) => {
    const result = validate(rendered[name]!);
    expect(result.errors).toEqual([]);
    for (const warning of result.warnings)
      expect(CUSTOM_KINDS.some((kind) => warning.includes(`kind ${kind} `))).toBe(true);
    expect(result.status).toBe(0);
  });

  it.each(Object.keys(sets))(
    '%s: every Deployment has probes on /health, resources and a non-root, locked-down container',
    (name) => {
      const deployments = ofKind(manifests[name]!, 'Deployment');
      expect(deployments.length).toBeGreaterThanOrEqual(16);
      for (const deployment of deployments) {
        const pod = deployment.spec.template.spec;
        expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 10001 });
        expect(pod.automountServiceAccountToken).toBe(false);
        expect(pod.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(30);
        // The process stops itself (SHUTDOWN_TIMEOUT_MS) after the preStop sleep and before the kubelet's kill.
        const preStop = Number(containersOf(deployment)[0]!.lifecycle?.preStop?.exec?.command?.[1]);
        const drainMs = Number(envOf(deployment).get('SHUTDOWN_TIMEOUT_MS')?.value);
        expect(drainMs).toBeGreaterThanOrEqual(5000);
        expect(preStop * 1000 + drainMs).toBeLessThan(pod.terminationGracePeriodSeconds * 1000);
        for (const container of containersOf(deployment)) {
          expect(container.readinessProbe?.httpGet).toEqual({ path: '/health/ready', port: 'http' });
          expect(container.livenessProbe?.httpGet).toEqual({ path: '/health/live', port: 'http' });
          expect(Object.keys(container.resources?.requests ?? {}).sort()).toEqual(['cpu', 'memory']);
          expect(Object.keys(container.resources?.limits ?? {}).sort()).toEqual(['cpu', 'memory']);
          expect(container.securityContext).toMatchObject({
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
          });
          expect(container.securityContext?.capabilities?.drop).toEqual(['ALL']);
        }
      }
    },
  );

  it.each(Object.keys(sets))('%s: no Secret is rendered and every credential is a secretKeyRef', (name) => {
    expect(ofKind(manifests[name]!, 'Secret')).toEqual([]);
    const workloads = [...ofKind(manifests[name]!, 'Deployment'), ...ofKind(manifests[name]!, 'Job')];
    let references = 0;
    for (const workload of workloads) {
      for (const variable of containersOf(workload).flatMap((container) => container.env ?? [])) {
        if (!SECRET_VARIABLE.test(variable.name)) continue;
        expect({ workload: workload.metadata.name, variable: variable.name, value: variable.value }).toEqual({
          workload: workload.metadata.name,
          variable: variable.name,
          value: undefined,
        });
        expect(variable.valueFrom?.secretKeyRef?.name).toBeTruthy();
        references++;
      }
    }
    expect(references).toBeGreaterThan(20);
  });

  it.each(Object.keys(sets))(
    '%s: only the gateway and the portal are exposed; the other services are reached from the gateway, Prometheus scrapes all',
    (name) => {
      const all = manifests[name]!;
      const policies = ofKind(all, 'NetworkPolicy');
      const deny = policies.find((policy) => policy.metadata.name.endsWith('-default-deny'))!;
      expect(deny.spec).toEqual({
        podSelector: { matchLabels: { 'app.kubernetes.io/instance': 'vetlink' } },
        policyTypes: ['Ingress', 'Egress'],
      });
      const ingressController = { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } };
      const prometheus = { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } };
      const fromGateway = {
        matchLabels: {
          'app.kubernetes.io/name': 'gateway',
          'app.kubernetes.io/instance': 'vetlink',
          'app.kubernetes.io/component': 'api',
        },
      };
      // The demo seed, when enabled, calls the services' APIs directly.
      const seeding = ofKind(all, 'Job').some((job) => job.metadata.name === 'vetlink-demo-seed');
      const seedPeers = seeding
        ? [
            {
              podSelector: {
                matchLabels: {
                  ...fromGateway.matchLabels,
                  'app.kubernetes.io/name': 'demo-seed',
                  'app.kubernetes.io/component': 'job',
                },
              },
            },
          ]
        : [];
      for (const deployment of ofKind(all, 'Deployment')) {
        const labels = deployment.spec.selector.matchLabels as Record<string, string>;
        const policy = policies.find(
          (candidate) => JSON.stringify(candidate.spec.podSelector.matchLabels) === JSON.stringify(labels),
        );
        expect(policy).toBeDefined();
        const peers = (policy!.spec.ingress as { from: Record<string, unknown>[] }[]).flatMap(
          (rule) => rule.from,
        );
        for (const peer of peers) {
          if (
            peer['namespaceSelector'] &&
            JSON.stringify(peer['namespaceSelector']) === JSON.stringify(prometheus)
          )
            continue;
          if (PUBLIC.includes(labels['app.kubernetes.io/name']!))
            expect(peer).toEqual({ namespaceSelector: ingressController });
          else expect([{ podSelector: fromGateway }, ...seedPeers]).toContainEqual(peer);
        }
        const workers = labels['app.kubernetes.io/component'] === 'worker';
        if (workers) expect(peers).toEqual([{ namespaceSelector: prometheus }]);
      }
      for (const service of ofKind(all, 'Service')) expect(service.spec.type).toBe('ClusterIP');
      const ingresses = ofKind(all, 'Ingress');
      expect(ingresses).toHaveLength(1);
      const backends = ingresses[0]!.spec.rules.flatMap((rule: { http: { paths: unknown[] } }) =>
        rule.http.paths.map(
          (path) => (path as { backend: { service: { name: string } } }).backend.service.name,
        ),
      );
      expect(backends).toEqual(['vetlink-gateway', 'vetlink-portal']);
    },
  );

  it.each(Object.keys(sets))(
    '%s: the services with a worker role run it as a Deployment of its own',
    (name) => {
      const deployments = new Map(ofKind(manifests[name]!, 'Deployment').map((d) => [d.metadata.name, d]));
      for (const service of ROLE_SERVICES) {
        expect(envOf(deployments.get(`vetlink-${service}`)!).get('PROCESS_ROLE')?.value).toBe('api');
        expect(envOf(deployments.get(`vetlink-${service}-worker`)!).get('PROCESS_ROLE')?.value).toBe(
          'worker',
        );
      }
      // The switch PROCESS_ROLE replaced: notifications refuses to start when it is set.
      for (const deployment of deployments.values())
        expect(envOf(deployment).has('DELIVERY_WORKERS')).toBe(false);
      expect(envOf(deployments.get('vetlink-job-postings')!).has('PROCESS_ROLE')).toBe(false);
      const upstreams = envOf(deployments.get('vetlink-gateway')!)
        .get('GATEWAY_UPSTREAMS')!
        .value!.split(',');
      expect(upstreams).toHaveLength(11);
      const services = new Set(ofKind(manifests[name]!, 'Service').map((service) => service.metadata.name));
      for (const upstream of upstreams) {
        const [, host] = /^[\w-]+=http:\/\/([\w-]+):\d+$/.exec(upstream) ?? [];
        expect(services.has(host!)).toBe(true);
      }
    },
  );

  it.each(Object.keys(sets))('%s: every variable the chart sets is one the service reads', (name) => {
    const unread: string[] = [];
    for (const deployment of ofKind(manifests[name]!, 'Deployment')) {
      const service = deployment.metadata.labels!['app.kubernetes.io/name']!;
      const code = `${libsText}\n${serviceText(service)}`;
      for (const variable of envOf(deployment).keys())
        if (!READ_OUTSIDE_OUR_CODE.test(variable) && !code.includes(variable))
          unread.push(`${deployment.metadata.name}: ${variable}`);
    }
    expect(unread).toEqual([]);
  });

  it('runs every service of services/, in the chart and in docker-compose, with variables the service reads', () => {
    // Every folder but the web portal (static files and their small server) is a Node service the
    // launcher runs; the chart and docker-compose run all of them, the portal included.
    const launched = readFileSync(join(repoRoot, 'deploy/local/services.tsv'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.split('\t')[0]);
    const services = readdirSync(join(repoRoot, 'services')).sort();
    expect(services.filter((name) => name !== 'portal' && !launched.includes(name))).toEqual([]);
    const deployed = new Set(
      ofKind(manifests['default']!, 'Deployment').map((d) => d.metadata.labels!['app.kubernetes.io/name']!),
    );
    expect([...deployed].sort()).toEqual(services);
    const compose = parseYamlFile(join(repoRoot, 'deploy/docker-compose.yml')) as {
      services: Record<string, { image?: string; environment?: Record<string, unknown>; command?: string[] }>;
    };
    const unread: string[] = [];
    const composed = new Set<string>();
    for (const [name, container] of Object.entries(compose.services)) {
      const service = /^vetlink\/([\w-]+):/.exec(container.image ?? '')?.[1];
      if (!service || container.command) continue;
      composed.add(service);
      const code = `${libsText}\n${serviceText(service)}`;
      for (const variable of Object.keys(container.environment ?? {}))
        if (!READ_OUTSIDE_OUR_CODE.test(variable) && !code.includes(variable))
          unread.push(`${name}: ${variable}`);
    }
    expect([...composed].sort()).toEqual(services);
    expect(unread).toEqual([]);
  });

  it('production-like: every Deployment has several replicas or an autoscaler, a disruption budget, and the busy parts scale on lag or queue depth', () => {
    const all = manifests['production-like']!;
    const autoscalers = new Map(
      ofKind(all, 'HorizontalPodAutoscaler').map((hpa) => [hpa.spec.scaleTargetRef.name, hpa]),
    );
    const budgets = new Set(ofKind(all, 'PodDisruptionBudget').map((pdb) => pdb.metadata.name));
    for (const deployment of ofKind(all, 'Deployment')) {
      const scaled = autoscalers.get(deployment.metadata.name);
      if (scaled) expect(deployment.spec.replicas).toBeUndefined();
      else expect(deployment.spec.replicas).toBeGreaterThan(1);
      expect(budgets.has(deployment.metadata.name)).toBe(true);
    }
    const external = (name: string) =>
      autoscalers
        .get(name)!
        .spec.metrics.filter((metric: { type: string }) => metric.type === 'External')
        .map((metric: { external: { metric: unknown } }) => metric.external.metric);
    expect(external('vetlink-matching')).toEqual([
      { name: 'vetlink_consumer_lag', selector: { matchLabels: { group: 'matching.read-model' } } },
    ]);
    expect(external('vetlink-recommendations-worker')).toEqual([
      { name: 'vetlink_queue_depth', selector: { matchLabels: { queue: 'digests' } } },
    ]);
    expect(external('vetlink-notifications-worker')).toHaveLength(1);
    const matching = envOf(ofKind(all, 'Deployment').find((d) => d.metadata.name === 'vetlink-matching')!);
    expect(matching.get('MEILI_HOST')?.value).toBe('http://meilisearch.search.svc:7700');
    expect(matching.get('KAFKA_SASL_PASSWORD')?.valueFrom?.secretKeyRef).toEqual({
      name: 'vetlink-matching',
      key: 'password',
    });
    expect(matching.get('KAFKA_TLS_CA_FILE')?.value).toBe('/etc/vetlink/kafka-ca/ca.crt');
  });

  it('creates the topics in a pre-install / pre-upgrade hook Job, and seeds demo data only when asked', () => {
    const jobs = ofKind(manifests['default']!, 'Job');
    expect(jobs.map((job) => job.metadata.name)).toEqual(['vetlink-topics']);
    expect(jobs[0]!.metadata.annotations?.['helm.sh/hook']).toBe('pre-install,pre-upgrade');
    const withSeed = parse(render('--set', 'demoSeed.enabled=true'));
    expect(
      ofKind(withSeed, 'Job')
        .map((job) => job.metadata.name)
        .sort(),
    ).toEqual(['vetlink-demo-seed', 'vetlink-topics']);
  });

  it('refuses values its schema does not know (a misspelt setting fails instead of being ignored)', () => {
    const run = helm('template', 'vetlink', chartDir, '--set', 'services.matching.api.replica=2');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("additional properties 'replica' not allowed");
  });

  it('refuses more than one replica of a search service without a shared Meilisearch', () => {
    const run = helm('template', 'vetlink', chartDir, '--set', 'services.matching.api.replicas=2');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('needs a shared Meilisearch');
  });

  it('serves the portal on its own host, pointed at the gateway, and leaves it out when disabled', () => {
    const portal = ofKind(manifests['default']!, 'Deployment').find(
      (d) => d.metadata.name === 'vetlink-portal',
    )!;
    expect(envOf(portal).get('PORTAL_API_BASE_URL')?.value).toBe('https://api.vetlink.example');
    expect(containersOf(portal)[0]!.readinessProbe?.httpGet).toEqual({ path: '/health/ready', port: 'http' });
    const without = parse(render('--set', 'portal.enabled=false'));
    expect(without.filter((manifest) => manifest.metadata.name === 'vetlink-portal')).toEqual([]);
    const hosts = ofKind(without, 'Ingress')[0]!.spec.rules.map((rule: { host: string }) => rule.host);
    expect(hosts).toEqual(['api.vetlink.example']);
  });
});

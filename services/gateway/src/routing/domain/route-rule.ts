/**
 * One row of the routing table: requests whose path starts with `from` go to `service`, with that
 * prefix replaced by `to` (by default `from` without `/api`). Segments in braces match any one segment
 * and carry over by name. The first matching row wins, so the more specific rows come first.
 */
export interface RouteRule {
  from: string;
  service: string;
  to?: string;
}

export interface RoutedRequest {
  service: string;
  /** The path and query to ask the service for. */
  upstreamPath: string;
  rule: RouteRule;
}

const PUBLIC_PREFIX = '/api';

/**
 * A service's own paths that are not its API: probes and Prometheus's scrapes. No row may reach them,
 * even one that maps its prefix to the service's root (incubators' `/api/incubation`).
 */
const INTERNAL_UPSTREAM_SEGMENTS = new Set(['health', 'metrics']);

function isInternal(firstSegment: string): boolean {
  let decoded = firstSegment;
  try {
    decoded = decodeURIComponent(firstSegment);
  } catch {
    // A malformed escape is compared as written.
  }
  return INTERNAL_UPSTREAM_SEGMENTS.has(decoded.toLowerCase());
}

export function upstreamPrefixOf(rule: RouteRule): string {
  if (rule.to !== undefined) return rule.to;
  return rule.from.startsWith(`${PUBLIC_PREFIX}/`) ? rule.from.slice(PUBLIC_PREFIX.length) : rule.from;
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment.length > 0);
}

const isParam = (segment: string) => segment.startsWith('{') && segment.endsWith('}');

/**
 * A rule's own segments, split once: every request is tried against the rows in order, and splitting
 * each row's pattern again for every request cost more than the match itself.
 */
interface CompiledRule {
  from: string[];
  to: string[];
}
const compiled = new WeakMap<RouteRule, CompiledRule>();

function compile(rule: RouteRule): CompiledRule {
  let entry = compiled.get(rule);
  if (!entry) {
    entry = { from: segmentsOf(rule.from), to: segmentsOf(upstreamPrefixOf(rule)) };
    compiled.set(rule, entry);
  }
  return entry;
}

/** The rule's segments matched against a path's first segments: the params by name, or undefined. */
function matchPrefix(pattern: string[], segments: string[]): Map<string, string> | undefined {
  if (segments.length < pattern.length) return undefined;
  const params = new Map<string, string>();
  for (let i = 0; i < pattern.length; i += 1) {
    if (isParam(pattern[i])) params.set(pattern[i], segments[i]);
    else if (pattern[i] !== segments[i]) return undefined;
  }
  return params;
}

function fill(pattern: string[], params: Map<string, string>): string[] {
  return pattern.map((segment) => (isParam(segment) ? (params.get(segment) ?? segment) : segment));
}

/**
 * Where a request goes, or undefined when no row takes it. `rawPath` is the path as received (still
 * percent-encoded); segments are compared encoded, so `%2F` never turns into a separator, and a path
 * with `.` or `..` segments is refused rather than normalised into another service's space.
 */
export function routeRequest(rules: readonly RouteRule[], rawUrl: string): RoutedRequest | undefined {
  const queryAt = rawUrl.indexOf('?');
  const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const query = queryAt === -1 ? '' : rawUrl.slice(queryAt);
  const segments = segmentsOf(path);
  if (segments.some((segment) => segment === '.' || segment === '..' || /%2e%2e|^%2e$/i.test(segment)))
    return undefined;
  for (const rule of rules) {
    const { from: pattern, to } = compile(rule);
    const params = matchPrefix(pattern, segments);
    if (!params) continue;
    const upstream = [...fill(to, params), ...segments.slice(pattern.length)];
    if (isInternal(upstream[0] ?? '')) return undefined;
    const trailingSlash = path.endsWith('/') && segments.length > 0 ? '/' : '';
    return { service: rule.service, upstreamPath: `/${upstream.join('/')}${trailingSlash}${query}`, rule };
  }
  return undefined;
}

/**
 * The public path under which a service's documented path is reached (through the first of the
 * service's rows whose upstream prefix covers it), or undefined when none does. The answer is checked
 * by routing it forward: a path that another, earlier row would take is not reachable either.
 */
export function publicPathOf(
  rules: readonly RouteRule[],
  service: string,
  documentedPath: string,
): { publicPath: string; rule: RouteRule } | undefined {
  const segments = segmentsOf(documentedPath);
  for (const rule of rules) {
    if (rule.service !== service) continue;
    const upstreamPattern = segmentsOf(upstreamPrefixOf(rule));
    if (segments.length < upstreamPattern.length) continue;
    const params = new Map<string, string>();
    const fits = upstreamPattern.every((segment, i) => {
      if (isParam(segment)) {
        params.set(segment, segments[i]);
        return true;
      }
      return segment === segments[i];
    });
    if (!fits) continue;
    const publicPath = `/${[...fill(segmentsOf(rule.from), params), ...segments.slice(upstreamPattern.length)].join('/')}`;
    const forward = routeRequest(rules, publicPath);
    if (forward?.service === service && forward.upstreamPath === documentedPath) return { publicPath, rule };
  }
  return undefined;
}

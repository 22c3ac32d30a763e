import { publicPathOf, RouteRule } from '../../routing/domain/route-rule';

/** The parts of an OpenAPI 3 document the assembly reads and writes. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown>; securitySchemes?: Record<string, unknown> };
  tags?: { name: string; description?: string }[];
  [extension: `x-${string}`]: unknown;
}

export interface AssembledDocument {
  document: OpenApiDocument;
  /** Documented paths no row of the table reaches ("service GET /path"). */
  unrouted: string[];
  /** Rows of the table that reach no documented path (of the services whose documents were read). */
  unusedRules: RouteRule[];
  /** Services whose documents could not be read. */
  missing: string[];
}

/** Probes for the launcher and orchestrators, never public. */
const INTERNAL_PATH = /^\/health(\/|$)/;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'];
const ERROR_BODY_REF = '#/components/schemas/GatewayError';

/** Answers the gateway itself may give on any route, documented on every operation. */
const GATEWAY_ANSWERS: Record<string, string> = {
  '413': 'the request body is larger than the gateway takes',
  '429': 'too many requests from this user or address (Retry-After says when to try again)',
  '502': 'the service behind this route is not reachable',
  '504': 'the service behind this route did not answer in time',
};

/**
 * One document for the whole public API from the services' own: each path under the public path the
 * table gives it, each schema renamed `<service>.<name>` (services name different things alike), each
 * operation id prefixed with the service, and the gateway's own answers added to every operation.
 */
export function assembleOpenApi(
  rules: readonly RouteRule[],
  documents: ReadonlyMap<string, OpenApiDocument | undefined>,
  info: { title: string; description: string; version: string },
): AssembledDocument {
  const paths: OpenApiDocument['paths'] = {};
  const schemas: Record<string, unknown> = {
    GatewayError: {
      type: 'object',
      required: ['statusCode', 'error', 'message'],
      properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string' } },
    },
  };
  const securitySchemes: Record<string, unknown> = {};
  const tags = new Map<string, { name: string; description?: string }>();
  const unrouted: string[] = [];
  const usedRules = new Set<RouteRule>();
  const missing: string[] = [];

  for (const [service, document] of documents) {
    if (!document) {
      missing.push(service);
      continue;
    }
    const rename = (name: string) => `${service}.${name}`;
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {}))
      schemas[rename(name)] = renameRefs(schema, rename);
    Object.assign(securitySchemes, document.components?.securitySchemes ?? {});
    for (const tag of document.tags ?? []) tags.set(tag.name, tag);
    for (const [path, item] of Object.entries(document.paths)) {
      if (INTERNAL_PATH.test(path)) continue;
      const reached = publicPathOf(rules, service, path);
      if (!reached) {
        for (const method of Object.keys(item).filter((key) => METHODS.includes(key)))
          unrouted.push(`${service} ${method.toUpperCase()} ${path}`);
        continue;
      }
      usedRules.add(reached.rule);
      paths[reached.publicPath] = withGatewayAnswers(
        renameRefs(item, rename) as Record<string, unknown>,
        service,
      );
    }
  }

  const readServices = new Set([...documents].filter(([, doc]) => doc).map(([name]) => name));
  const unusedRules = rules.filter((rule) => readServices.has(rule.service) && !usedRules.has(rule));
  return {
    document: {
      openapi: '3.0.0',
      info,
      paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
      components: { schemas, securitySchemes },
      tags: [...tags.values()],
      ...(missing.length ? { 'x-missing-services': missing } : {}),
      // What the e2e check reads: documented paths nobody can reach, and rows that reach nothing.
      'x-unrouted': unrouted,
      'x-unused-routes': unusedRules.map((rule) => rule.from),
    },
    unrouted,
    unusedRules,
    missing,
  };
}

function renameRefs(value: unknown, rename: (name: string) => string): unknown {
  if (Array.isArray(value)) return value.map((entry) => renameRefs(entry, rename));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => {
      if (key === '$ref' && typeof entry === 'string' && entry.startsWith('#/components/schemas/'))
        return [key, `#/components/schemas/${rename(entry.slice('#/components/schemas/'.length))}`];
      return [key, renameRefs(entry, rename)];
    }),
  );
}

function withGatewayAnswers(item: Record<string, unknown>, service: string): Record<string, unknown> {
  const result: Record<string, unknown> = { ...item };
  for (const method of METHODS) {
    const operation = item[method] as
      { operationId?: string; responses?: Record<string, unknown>; tags?: string[] } | undefined;
    if (!operation) continue;
    const responses: Record<string, unknown> = { ...(operation.responses ?? {}) };
    for (const [status, description] of Object.entries(GATEWAY_ANSWERS))
      responses[status] ??= {
        description,
        content: { 'application/json': { schema: { $ref: ERROR_BODY_REF } } },
      };
    result[method] = {
      ...operation,
      ...(operation.operationId ? { operationId: `${service}_${operation.operationId}` } : {}),
      'x-service': service,
      responses,
    };
  }
  return result;
}

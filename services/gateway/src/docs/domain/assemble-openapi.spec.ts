import { RouteRule } from '../../routing/domain/route-rule';
import { assembleOpenApi, OpenApiDocument } from './assemble-openapi';

const rules: RouteRule[] = [
  { from: '/api/jobs/search', service: 'matching' },
  { from: '/api/jobs', service: 'job-postings' },
  { from: '/api/incubation', service: 'incubators', to: '' },
  { from: '/api/nowhere', service: 'job-postings' },
];

const doc = (paths: OpenApiDocument['paths'], schemas: Record<string, unknown> = {}): OpenApiDocument => ({
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths,
  components: { schemas },
});
const op = (ref?: string) => ({
  operationId: 'Controller_action',
  responses: {
    '200': {
      description: 'ok',
      ...(ref ? { content: { 'application/json': { schema: { $ref: ref } } } } : {}),
    },
  },
});

describe('the assembled OpenAPI document', () => {
  const assembled = assembleOpenApi(
    rules,
    new Map<string, OpenApiDocument | undefined>([
      [
        'matching',
        doc({ '/jobs/search': { get: op('#/components/schemas/JobView') } }, { JobView: { type: 'object' } }),
      ],
      [
        'job-postings',
        doc(
          {
            '/jobs/{jobId}': { get: op('#/components/schemas/JobView') },
            '/employers/me': { get: op() },
            '/health/ready': { get: op() },
          },
          { JobView: { type: 'object', properties: { id: { type: 'string' } } } },
        ),
      ],
      ['incubators', doc({ '/applications/{applicationId}': { post: op() } })],
      ['loans', undefined],
    ]),
    { title: 'vetlink API', version: '1', description: '' },
  );

  it('puts each path under its public path, with schemas and operation ids named by service', () => {
    expect(Object.keys(assembled.document.paths)).toEqual([
      '/api/incubation/applications/{applicationId}',
      '/api/jobs/{jobId}',
      '/api/jobs/search',
    ]);
    const get = assembled.document.paths['/api/jobs/{jobId}']['get'] as {
      operationId: string;
      responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }>;
    };
    expect(get.operationId).toBe('job-postings_Controller_action');
    expect(get.responses['200'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/job-postings.JobView',
    );
    expect(Object.keys(assembled.document.components?.schemas ?? {})).toEqual(
      expect.arrayContaining(['matching.JobView', 'job-postings.JobView', 'GatewayError']),
    );
  });

  it("documents the gateway's own answers on every operation", () => {
    const post = assembled.document.paths['/api/incubation/applications/{applicationId}']['post'] as {
      responses: Record<string, unknown>;
    };
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['200', '413', '429', '502', '504']));
  });

  it('reports documented paths the table does not reach, rows that reach nothing, and services not read', () => {
    expect(assembled.unrouted).toEqual(['job-postings GET /employers/me']);
    expect(assembled.unusedRules).toEqual([{ from: '/api/nowhere', service: 'job-postings' }]);
    expect(assembled.missing).toEqual(['loans']);
  });
});

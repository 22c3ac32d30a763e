import type { OpenAPIObject } from '@nestjs/swagger';

type Operation = {
  parameters?: { in: string }[];
  requestBody?: unknown;
  security?: unknown[];
  responses: Record<string, unknown>;
};

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export const ERROR_BODY_REF = '#/components/schemas/ErrorBody';
export const VALIDATION_ERROR_BODY_REF = '#/components/schemas/ValidationErrorBody';

const errorAnswer = (description: string, ref = ERROR_BODY_REF) => ({
  description,
  content: { 'application/json': { schema: { $ref: ref } } },
});

/**
 * The refusals any route can give whatever its controller says, documented on every operation they
 * apply to (an answer a route documents itself is kept): 400 where there is input to validate, 401
 * where a token is needed, 404 where a path names a resource, 413 and 415 where a body is read,
 * 431 (Node refuses over-long headers or URLs before any route) and 503 (the database did not answer
 * in time) everywhere. Unsupported methods are answered 405 with `Allow`, described in the API's
 * description since no operation stands for them.
 */
export function documentSharedAnswers(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components ??= {}).schemas ?? {};
  document.components.schemas = schemas;
  schemas['ErrorBody'] ??= ERROR_BODY_SCHEMA;
  schemas['ValidationErrorBody'] ??= VALIDATION_ERROR_BODY_SCHEMA;
  for (const path of Object.values(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (path as Record<string, Operation | undefined>)[method];
      if (operation) addSharedAnswers(operation);
    }
  }
  document.info.description = `${document.info.description ?? ''}\n\n${METHOD_NOTE}`.trim();
  return document;
}

function addSharedAnswers(operation: Operation): void {
  const add = (status: number, answer: unknown) => {
    operation.responses[String(status)] ??= answer;
  };
  errorBodiesAsJson(operation);
  // A route that documents refusals but not its success still succeeds: say so, without a schema.
  if (!Object.keys(operation.responses).some((status) => /^(2\d\d|2XX|default)$/.test(status)))
    operation.responses['2XX'] = { description: 'success (this route does not document its body)' };
  const parameters = operation.parameters ?? [];
  if (parameters.length > 0 || operation.requestBody)
    add(400, errorAnswer('invalid input; `issues` names each bad field', VALIDATION_ERROR_BODY_REF));
  if (operation.security?.length) add(401, errorAnswer('missing, invalid or expired access token'));
  if (parameters.some((parameter) => parameter.in === 'path'))
    add(404, errorAnswer('no such resource (or not visible to you)'));
  if (operation.requestBody) {
    add(413, errorAnswer('the body is larger than the service accepts'));
    add(415, errorAnswer('the body is not JSON (or not UTF-8)'));
  }
  add(431, {
    description: 'the request line or headers are too large (answered by the HTTP server, no body)',
  });
  add(503, errorAnswer('the database did not answer in time; retry later'));
}

type Answer = { description?: string; content?: Record<string, { schema?: unknown }> };

/**
 * Error bodies are JSON whatever the route produces (sendErrorBody); Swagger labels a route's every
 * answer with its `@ApiProduces` type (text/calendar, text/html), refusals included. Relabel them.
 */
function errorBodiesAsJson(operation: Operation): void {
  for (const [status, answer] of Object.entries(operation.responses) as [string, Answer][]) {
    if (!/^[45]\d\d$/.test(status) || !answer.content || answer.content['application/json']) continue;
    const schema = Object.values(answer.content).find((media) => media.schema)?.schema ?? {
      $ref: status === '400' ? VALIDATION_ERROR_BODY_REF : ERROR_BODY_REF,
    };
    answer.content = { 'application/json': { schema } };
  }
}

const METHOD_NOTE =
  'Every refusal has the body `{statusCode, error, message}` (400 adds `issues`, one per bad field). ' +
  'A method no route takes (TRACE, CONNECT, ...) is answered 405 with an `Allow` header.';

const ERROR_BODY_SCHEMA = {
  type: 'object',
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string' },
    message: { type: 'string' },
  },
  required: ['statusCode', 'error', 'message'],
};

const VALIDATION_ERROR_BODY_SCHEMA = {
  type: 'object',
  properties: {
    ...ERROR_BODY_SCHEMA.properties,
    issues: {
      type: 'array',
      items: {
        type: 'object',
        properties: { field: { type: 'string' }, message: { type: 'string' } },
        required: ['field', 'message'],
      },
    },
  },
  required: ['statusCode', 'error', 'message', 'issues'],
};

import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { createZodDto } from './zod-dto';
import { z } from 'zod';

export class ErrorBody extends createZodDto(
  z.object({ statusCode: z.number().int(), error: z.string(), message: z.string() }),
) {}

export class ValidationErrorBody extends createZodDto(
  z.object({
    statusCode: z.literal(400),
    error: z.string(),
    message: z.string(),
    issues: z.array(z.object({ field: z.string(), message: z.string() })),
  }),
) {}

type ErrorCase = 400 | 403 | 404 | 409;

const DOCUMENTERS: Record<ErrorCase, (description: string) => MethodDecorator & ClassDecorator> = {
  400: (description) => ApiBadRequestResponse({ description, type: ValidationErrorBody }),
  403: (description) => ApiForbiddenResponse({ description, type: ErrorBody }),
  404: (description) => ApiNotFoundResponse({ description, type: ErrorBody }),
  409: (description) => ApiConflictResponse({ description, type: ErrorBody }),
};

const DEFAULT_DESCRIPTIONS: Record<ErrorCase, string> = {
  400: 'invalid input; `issues` names each bad field',
  403: 'your role or organisation may not do this',
  404: 'no such resource (or not visible to you)',
  409: 'the resource is in a state that does not allow this; the message names the state',
};

/**
 * Documents the error answers of a route in OpenAPI: 401 always (every route needs a token), plus the
 * ones listed, each with the default description or the route's own (`[409, 'why']`).
 */
export function ApiErrors(...cases: (ErrorCase | [ErrorCase, string])[]) {
  return applyDecorators(
    ApiUnauthorizedResponse({ description: 'missing, invalid or expired access token', type: ErrorBody }),
    ...cases.map((entry) => {
      const [code, description] = Array.isArray(entry) ? entry : [entry, DEFAULT_DESCRIPTIONS[entry]];
      return DOCUMENTERS[code](description);
    }),
  );
}

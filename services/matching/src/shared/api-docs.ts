import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { createZodDto } from '@vetlink/http';
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

type ErrorCase = 400 | 403 | 404;

const DOCUMENTERS: Record<ErrorCase, (description: string) => MethodDecorator & ClassDecorator> = {
  400: (description) => ApiBadRequestResponse({ description, type: ValidationErrorBody }),
  403: (description) => ApiForbiddenResponse({ description, type: ErrorBody }),
  404: (description) => ApiNotFoundResponse({ description, type: ErrorBody }),
};

const DEFAULT_DESCRIPTIONS: Record<ErrorCase, string> = {
  400: 'invalid input; `issues` names each bad field',
  403: 'your role may not do this',
  404: 'matching knows no such veteran or job (yet: it learns them from events)',
};

/** The error answers of a route: 401 always (every route needs a token), plus the ones listed. */
export function ApiErrors(...cases: (ErrorCase | [ErrorCase, string])[]) {
  return applyDecorators(
    ApiUnauthorizedResponse({ description: 'missing, invalid or expired access token', type: ErrorBody }),
    ...cases.map((entry) => {
      const [code, description] = Array.isArray(entry) ? entry : [entry, DEFAULT_DESCRIPTIONS[entry]];
      return DOCUMENTERS[code](description);
    }),
  );
}

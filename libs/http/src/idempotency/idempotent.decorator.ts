import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ErrorBody } from '../lib/api-errors';
import { IDEMPOTENCY_KEY_PATTERN, IDEMPOTENCY_KEY_RULE } from './idempotency-key';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/** Lets a client retry this route safely: the same Idempotency-Key (per caller) gets the first answer. */
export function Idempotent() {
  return applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        `Retry safely: a repeat with the same key (per caller, kept 24 h) answers what the first request did, ` +
        `with \`Idempotent-Replayed: true\`; the key ${IDEMPOTENCY_KEY_RULE}`,
      schema: { type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN.source },
    }),
    ApiConflictResponse({
      description: 'the first request with this Idempotency-Key is still running',
      type: ErrorBody,
    }),
    ApiUnprocessableEntityResponse({
      description: 'this Idempotency-Key was used before with a different body',
      type: ErrorBody,
    }),
  );
}

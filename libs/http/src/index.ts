export { bootstrapService, configureService } from './lib/bootstrap-service';
export type { ServiceHttpSettings } from './lib/bootstrap-service';
export { armShutdownDeadline } from './lib/shutdown-deadline';
export { startApp } from './lib/start-app';
export { routeLabel, timeRequests } from './lib/http-metrics';
export { traceRequests } from './lib/trace-requests';
export { listenForProbes } from './lib/worker-probes';
export { ZodValidationFilter, ZodValidationPipe, badRequestBody, fieldIssues } from './lib/validation';
export {
  ConflictError,
  DomainError,
  ForbiddenError,
  IllegalTransitionError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
} from './lib/domain-errors';
export type { DomainErrorCode, FieldIssue } from './lib/domain-errors';
export { createZodDto } from './lib/zod-dto';
export { documentSharedAnswers } from './lib/openapi-answers';
export { emailAddress, EMAIL_PATTERN, objectIdText } from './lib/fields';
export { ApiErrors, ErrorBody, ValidationErrorBody } from './lib/api-errors';
export { pagingFields, booleanText } from './lib/listing';
export { freeText, PUBLIC_TEXT_REFUSES } from './lib/free-text';
export type { FreeTextRules } from './lib/free-text';
export { IdempotencyModule } from './idempotency/idempotency.module';
export { Idempotent } from './idempotency/idempotent.decorator';
export { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from './idempotency/idempotency.interceptor';

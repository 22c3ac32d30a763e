export { bootstrapService, configureService } from './lib/bootstrap-service';
export type { ServiceHttpSettings } from './lib/bootstrap-service';
export { ZodValidationFilter, ZodValidationPipe, badRequestBody, fieldIssues } from './lib/validation';
export type { FieldIssue } from './lib/validation';
export { createZodDto } from 'nestjs-zod';
export { ApiErrors, ErrorBody, ValidationErrorBody } from './lib/api-errors';
export { pagingFields, booleanText, keysetQueryOrBadRequest } from './lib/listing';

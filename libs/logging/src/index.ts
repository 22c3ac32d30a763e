export { createLogger, loggerOptions } from './lib/create-logger';
export type { LoggerSettings } from './lib/create-logger';
export { LoggingModule, correlationMiddleware } from './lib/logging.module';
export { personalDataIn, redactPersonalData, scrubText, scrubUrl, REDACTED } from './lib/redaction';
export type { PersonalDataKind } from './lib/redaction';
export {
  CORRELATION_HEADER,
  currentCorrelationId,
  runWithCorrelationId,
  correlationIdFrom,
} from './lib/correlation';

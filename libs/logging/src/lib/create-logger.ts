import pino, { Logger, LoggerOptions } from 'pino';
import { currentCorrelationId } from './correlation';
import { redactPersonalData, scrubText } from './redaction';

export interface LoggerSettings {
  service: string;
  level?: string;
  destination?: pino.DestinationStream;
}

export function loggerOptions(settings: LoggerSettings): LoggerOptions {
  return {
    level: settings.level ?? 'info',
    base: { service: settings.service },
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: 'msg',
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => redactPersonalData(object) as Record<string, unknown>,
    },
    mixin: () => {
      const correlationId = currentCorrelationId();
      return correlationId ? { correlationId } : {};
    },
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg));
        return method.apply(this, scrubbed as Parameters<typeof method>);
      },
    },
  };
}

/** A structured JSON logger for code that runs outside a request (workers, relays, scripts). */
export function createLogger(settings: LoggerSettings): Logger {
  return settings.destination
    ? pino(loggerOptions(settings), settings.destination)
    : pino(loggerOptions(settings));
}

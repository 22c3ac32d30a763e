import pino, { Logger, LoggerOptions } from 'pino';
import { currentTraceId } from '@vetlink/tracing';
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
    // The trace id beside the correlation id: a line leads to its trace, and the trace to every line.
    mixin: () => {
      const correlationId = currentCorrelationId();
      const traceId = currentTraceId();
      return { ...(correlationId ? { correlationId } : {}), ...(traceId ? { traceId } : {}) };
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

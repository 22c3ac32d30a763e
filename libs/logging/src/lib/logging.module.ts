import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { TracingModule } from '@vetlink/tracing';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CORRELATION_HEADER, correlationIdFrom, runWithCorrelationId } from './correlation';
import { createLogger, LoggerSettings } from './create-logger';
import { scrubUrl } from './redaction';

/**
 * Request logging for a Nest service: one line per request with its correlation id (and trace id when
 * traced), personal data redacted. Starts the process's tracing too (off unless an OTLP endpoint is set),
 * so that every service that logs is traced under its own name.
 */
@Module({})
export class LoggingModule {
  static forRoot(settings: LoggerSettings): DynamicModule {
    return {
      module: LoggingModule,
      global: true,
      imports: [
        TracingModule.forRoot({ service: settings.service }),
        LoggerModule.forRoot({
          pinoHttp: {
            logger: createLogger(settings),
            genReqId: (request: IncomingMessage, response: ServerResponse) => {
              const correlationId = correlationIdFrom(request.headers[CORRELATION_HEADER]);
              response.setHeader(CORRELATION_HEADER, correlationId);
              return correlationId;
            },
            customAttributeKeys: { reqId: 'correlationId' },
            // pino-http binds the request to a child logger, whose bindings skip the redacting formatter:
            // the serializer alone decides what of the request is written.
            serializers: {
              req: (request: { method: string; url: string; id: string }) => ({
                method: request.method,
                url: scrubUrl(request.url),
              }),
              // pino's standard serializer reports null unless headers were flushed; the raw response knows.
              res: (response: { statusCode: number | null; raw?: ServerResponse }) => ({
                statusCode: response.raw?.statusCode ?? response.statusCode,
              }),
            },
            autoLogging: { ignore: (request) => request.url?.startsWith('/health') ?? false },
          },
          forRoutes: ['*path'],
        }),
      ],
    };
  }
}

/**
 * Express middleware, installed first, that settles the request's correlation id (the caller's, when well
 * formed) and makes it current for everything the request calls: logs, outgoing events.
 */
export function correlationMiddleware(
  request: IncomingMessage,
  _response: ServerResponse,
  next: () => void,
): void {
  const correlationId = correlationIdFrom(request.headers[CORRELATION_HEADER]);
  request.headers[CORRELATION_HEADER] = correlationId;
  runWithCorrelationId(correlationId, next);
}

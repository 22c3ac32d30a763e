import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { badRequestBody } from './validation';
import { sendErrorBody } from './error-response';

/** An error from Express or body-parser (http-errors) that is the caller's doing: 413, 415, 400. */
interface ExposedHttpError {
  status: number;
  expose: true;
  message: string;
}

/**
 * Every answer that is not a success has one body: `{statusCode, error, message}`, plus `issues` on a
 * 400 (an unparsable body names `(body)`). Nest's own exceptions and the caller's errors that Express
 * raises before a route (body too large, wrong charset) are answered so; a database that did not answer
 * in time is a 503 with Retry-After; anything else is a 500 with
 * a generic message, logged (redacted), its details never sent.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    if (isDatabaseTimeout(exception)) {
      this.logger.warn(`database busy or unreachable: ${(exception as Error).name}`);
      response.set('Retry-After', '1');
      sendErrorBody(response, 503, answer(503, 'the database did not answer in time; retry later'));
      return;
    }
    const status = statusOf(exception);
    if (status === undefined) {
      this.logger.error(exception instanceof Error ? exception : String(exception), 'request failed');
      if (!response.headersSent) sendErrorBody(response, 500, answer(500, 'Internal server error'));
      return;
    }
    const message = messageOf(exception);
    const body =
      status === HttpStatus.BAD_REQUEST
        ? badRequestBody([{ field: '(body)', message }])
        : answer(status, message);
    sendErrorBody(response, status, body);
  }
}

/**
 * The MongoDB driver's errors for a database that is busy (no pooled connection freed within
 * waitQueueTimeoutMS, libs/persistence) or unreachable: the request was not carried out, the caller may
 * retry. Known by name so that this lib needs no database driver.
 */
const DATABASE_TIMEOUTS = new Set([
  'MongoWaitQueueTimeoutError',
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkTimeoutError',
  'MongoPoolClearedError',
  'MongoOperationTimeoutError',
]);

function isDatabaseTimeout(exception: unknown): boolean {
  return exception instanceof Error && DATABASE_TIMEOUTS.has(exception.name);
}

function answer(statusCode: number, message: string) {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
}

function statusOf(exception: unknown): number | undefined {
  if (exception instanceof HttpException) return exception.getStatus();
  const candidate = exception as Partial<ExposedHttpError> | null;
  if (candidate?.expose === true && typeof candidate.status === 'number') return candidate.status;
  return undefined;
}

function messageOf(exception: unknown): string {
  if (exception instanceof HttpException) {
    const response = exception.getResponse();
    const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
    if (Array.isArray(message)) return message.join('; ');
    if (typeof message === 'string') return plainMessage(message);
  }
  return plainMessage((exception as Error).message ?? 'request refused');
}

/** body-parser quotes the JSON parser ("Unexpected token } in JSON at position 10"): say what it means. */
function plainMessage(message: string): string {
  return /JSON/.test(message) ? `the body is not valid JSON (${message})` : message;
}

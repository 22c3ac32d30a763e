import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, DomainErrorCode, InvalidInputError } from './domain-errors';
import { badRequestBody } from './validation';
import { sendErrorBody } from './error-response';

const ANSWERS: Record<DomainErrorCode, { statusCode: number; error: string }> = {
  'not-found': { statusCode: HttpStatus.NOT_FOUND, error: 'Not Found' },
  conflict: { statusCode: HttpStatus.CONFLICT, error: 'Conflict' },
  forbidden: { statusCode: HttpStatus.FORBIDDEN, error: 'Forbidden' },
  'invalid-state': { statusCode: HttpStatus.CONFLICT, error: 'Conflict' },
  'invalid-input': { statusCode: HttpStatus.BAD_REQUEST, error: 'Bad Request' },
};

/** Answers a refused request with the status of its kind and the domain's own message (400s name the fields). */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost) {
    const body =
      error instanceof InvalidInputError
        ? badRequestBody(error.issues)
        : { ...ANSWERS[error.code], message: error.message };
    sendErrorBody(host.switchToHttp().getResponse<Response>(), body.statusCode, body);
  }
}

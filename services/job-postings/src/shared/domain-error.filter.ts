import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from './domain-errors';

const STATUS_OF_KIND = {
  conflict: { statusCode: HttpStatus.CONFLICT, error: 'Conflict' },
  forbidden: { statusCode: HttpStatus.FORBIDDEN, error: 'Forbidden' },
} as const;

/** Answers a broken domain rule with 409 or 403 and the domain's own message. */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost) {
    const status = STATUS_OF_KIND[error.kind];
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(status.statusCode)
      .json({ ...status, message: error.message });
  }
}

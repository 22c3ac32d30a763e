import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import { InvalidCursorError } from '@vetlink/persistence';
import type { Response } from 'express';
import { badRequestBody } from './validation';
import { sendErrorBody } from './error-response';

/** A cursor this service did not issue (or issued for another listing) is the caller's mistake: 400. */
@Catch(InvalidCursorError)
export class InvalidCursorFilter implements ExceptionFilter {
  catch(error: InvalidCursorError, host: ArgumentsHost) {
    const body = badRequestBody([{ field: 'cursor', message: error.message }]);
    sendErrorBody(host.switchToHttp().getResponse<Response>(), HttpStatus.BAD_REQUEST, body);
  }
}

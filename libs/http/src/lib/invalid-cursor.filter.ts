import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import { InvalidCursorError } from '@vetlink/persistence';
import type { Response } from 'express';
import { badRequestBody } from './validation';

/** A cursor this service did not issue (or issued for another listing) is the caller's mistake: 400. */
@Catch(InvalidCursorError)
export class InvalidCursorFilter implements ExceptionFilter {
  catch(error: InvalidCursorError, host: ArgumentsHost) {
    const body = badRequestBody([{ field: 'cursor', message: error.message }]);
    host.switchToHttp().getResponse<Response>().status(HttpStatus.BAD_REQUEST).json(body);
  }
}

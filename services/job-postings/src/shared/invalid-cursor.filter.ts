import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import { badRequestBody } from '@vetlink/http';
import { InvalidCursorError } from '@vetlink/persistence';
import type { Response } from 'express';

/** A cursor this service did not issue (or issued for another listing) is the caller's mistake: 400. */
@Catch(InvalidCursorError)
export class InvalidCursorFilter implements ExceptionFilter {
  catch(error: InvalidCursorError, host: ArgumentsHost) {
    const body = badRequestBody([{ field: 'cursor', message: error.message }]);
    host.switchToHttp().getResponse<Response>().status(HttpStatus.BAD_REQUEST).json(body);
  }
}

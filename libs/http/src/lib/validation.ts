import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import { ZodValidationException, ZodValidationPipe } from 'nestjs-zod';
import type { Response } from 'express';
import type { ZodError } from 'zod';
import { describeIssues, FieldIssue } from './domain-errors';
import { sendErrorBody } from './error-response';

export function fieldIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', message: issue.message }));
}

/** The 400 every service answers for bad input: which fields, and what is wrong with each. */
export function badRequestBody(issues: readonly FieldIssue[]) {
  return {
    statusCode: HttpStatus.BAD_REQUEST,
    error: 'Bad Request',
    message: describeIssues(issues),
    issues,
  };
}

@Catch(ZodValidationException)
export class ZodValidationFilter implements ExceptionFilter {
  catch(exception: ZodValidationException, host: ArgumentsHost) {
    const issues = fieldIssues(exception.getZodError() as ZodError);
    sendErrorBody(
      host.switchToHttp().getResponse<Response>(),
      HttpStatus.BAD_REQUEST,
      badRequestBody(issues),
    );
  }
}

export { ZodValidationPipe };

import type { NextFunction, Request, Response } from 'express';

/** The methods vetlink's HTTP APIs use; anything else (TRACE, CONNECT, PROPFIND, ...) is refused. */
export const SUPPORTED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const SUPPORTED = new Set<string>(SUPPORTED_METHODS);

/** Answers 405 with `Allow` to a method no route of the service takes. */
export function refuseUnsupportedMethods(request: Request, response: Response, next: NextFunction): void {
  if (SUPPORTED.has(request.method)) return next();
  response
    .status(405)
    .set('Allow', SUPPORTED_METHODS.join(', '))
    .json({ statusCode: 405, error: 'Method Not Allowed', message: `${request.method} is not supported` });
}

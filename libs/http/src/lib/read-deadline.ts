import type { NextFunction, Request, Response } from 'express';
import { sendErrorBody } from './error-response';

/** How long a read may take before it is answered 503: under the 5 s a client is promised at most. */
export const READ_DEADLINE_MS = 4500;

/**
 * Reads that may take longer by nature and are waited for: a veteran's export of all their data
 * (PIPL), which scans every collection that holds them.
 */
const UNBOUNDED_READS = [/^\/personal-data(\/|$)/];

/**
 * Answers a read (GET, HEAD) that has not been answered within the deadline with 503 and Retry-After,
 * so that a service whose database queue is long says so instead of stalling; whatever the handler
 * sends later is dropped. Writes are left to finish and answer for themselves: answering 503 while a
 * write may still land would invite a retry that doubles it. Their waits are bounded per operation
 * instead (libs/persistence, waitQueueTimeoutMS).
 */
export function readDeadline(deadlineMs = READ_DEADLINE_MS) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (UNBOUNDED_READS.some((path) => path.test(request.path))) return next();
    const timer = setTimeout(() => {
      if (response.headersSent) return;
      response.set('Retry-After', '1');
      sendErrorBody(response, 503, {
        statusCode: 503,
        error: 'Service Unavailable',
        message: `no answer within ${deadlineMs} ms; the service is busy, retry later`,
      });
      // The handler's own answer, when it comes, has nowhere to go.
      response.json = () => response;
      response.send = () => response;
      response.end = (() => response) as Response['end'];
    }, deadlineMs);
    response.once('finish', () => clearTimeout(timer));
    response.once('close', () => clearTimeout(timer));
    next();
  };
}

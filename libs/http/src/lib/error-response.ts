import type { Response } from 'express';

/**
 * Sends an error body as JSON. The content type is set, not left to Express: a route that declares its
 * own (`@Header('content-type', 'text/html')`) had it applied before it failed, and Express's `json()`
 * keeps a content type already set, so the JSON error went out labelled as HTML.
 */
export function sendErrorBody(response: Response, status: number, body: object): void {
  response.status(status).type('application/json').json(body);
}

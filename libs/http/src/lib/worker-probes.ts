import { HttpException, INestApplicationContext } from '@nestjs/common';
import { HealthController } from '@vetlink/health';
import { metricsExposition } from '@vetlink/metrics';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * A worker process's one HTTP listener, so that Kubernetes can probe it and Prometheus scrape it:
 * `GET /health/live`, `GET /health/ready` (the same engine checks as a service's) and `GET /metrics`.
 * Nothing else is served: a worker answers no API.
 */
export async function listenForProbes(
  context: INestApplicationContext,
  { host, port }: { host: string; port: number },
): Promise<Server> {
  const server = createServer((request, response) => {
    answer(context, request, response).catch(() => send(response, 500, { message: 'probe failed' }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

async function answer(
  context: INestApplicationContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = (request.url ?? '/').split('?')[0];
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return send(response, 405, { message: 'probes are read with GET' });
  if (path === '/metrics') {
    const { contentType, body } = await metricsExposition();
    response.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
    response.end(body);
    return;
  }
  if (path === '/health/live' || path === '/health/ready') {
    const health = healthOf(context);
    if (!health) return send(response, 404, { message: 'this process checks no health' });
    try {
      return send(response, 200, await (path === '/health/live' ? health.live() : health.ready()));
    } catch (error) {
      if (error instanceof HttpException) return send(response, error.getStatus(), error.getResponse());
      throw error;
    }
  }
  send(response, 404, { message: 'a worker serves /health/live, /health/ready and /metrics only' });
}

function healthOf(context: INestApplicationContext): HealthController | undefined {
  try {
    return context.get(HealthController, { strict: false });
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

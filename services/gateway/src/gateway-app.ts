import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AccessTokenVerifier } from '@vetlink/auth';
import { Clock, systemClock } from '@vetlink/clock';
import { timeRequests, traceRequests } from '@vetlink/http';
import { correlationMiddleware } from '@vetlink/logging';
import { REDIS } from '@vetlink/queues';
import Redis from 'ioredis';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { GatewayConfig, upstreamsOf } from './config';
import { DocsAssembler } from './docs/docs-assembler';
import { serveApiPastExpress } from './edge/api-fast-path';
import { gatewayEdge } from './edge/gateway-edge';
import { TokenIdentity } from './edge/token-identity';
import { RateLimiter } from './limits/rate-limiter';
import { UpstreamForwarder } from './proxy/upstream-forwarder';
import { ROUTES } from './routing/route-table';

/**
 * The gateway as an unstarted Nest app: Nest without its body parser, the edge middleware in front.
 * The clock places requests in their rate windows.
 */
export async function createGatewayApp(
  config: GatewayConfig,
  clock: Clock = systemClock,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.enableShutdownHooks();
  const upstreams = upstreamsOf(config);
  const forwarder = new UpstreamForwarder({
    timeoutMs: config.service.GATEWAY_UPSTREAM_TIMEOUT_MS,
    maxBodyBytes: config.service.GATEWAY_MAX_BODY_BYTES,
  });
  const docs = new DocsAssembler(ROUTES, upstreams);
  const limiter = new RateLimiter(
    app.get<Redis>(REDIS),
    {
      perUserPerMinute: config.service.GATEWAY_RATE_PER_USER_PER_MINUTE,
      perAddressPerMinute: config.service.GATEWAY_RATE_PER_ADDRESS_PER_MINUTE,
    },
    config.service.GATEWAY_REDIS_PREFIX,
    config.service.GATEWAY_RATE_SYNC_MS,
    clock,
  );
  const edge = gatewayEdge({
    rules: ROUTES,
    upstreams,
    forwarder,
    docs,
    identity: new TokenIdentity(new AccessTokenVerifier(config.auth)),
    limiter,
    corsOrigins: new Set(config.service.GATEWAY_CORS_ORIGINS),
  });
  const chain = [traceRequests, timeRequests, correlationMiddleware, edge];
  for (const middleware of chain) app.use(middleware);
  serveApiPastExpress(app.getHttpServer(), chain);
  app.getHttpServer().on('close', () => {
    forwarder.close();
    void limiter.close();
  });
  // Read what is up already; the rest is asked for again when the document is requested.
  void docs.refresh();
  return app;
}

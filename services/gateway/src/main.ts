import { armShutdownDeadline } from '@vetlink/http';
import type { Server } from 'node:http';
import { createGatewayApp } from './gateway-app';
import { loadGatewayConfig } from './config';
import { SERVICE_NAME } from './service-name';

async function main() {
  const config = loadGatewayConfig();
  armShutdownDeadline();
  const app = await createGatewayApp(config);
  const server = app.getHttpServer() as Server;
  // Idle client connections are kept longer than a load balancer's usual 60 s, so that the gateway is
  // never the side that closes a connection a client is about to reuse.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await app.listen(config.service.PORT, config.service.HOST);
}

main().catch((error: Error) => {
  process.stderr.write(`${SERVICE_NAME} failed to start: ${error.message}\n`);
  process.exit(1);
});

import { createGatewayApp } from './gateway-app';
import { loadGatewayConfig } from './config';
import { SERVICE_NAME } from './service-name';

async function main() {
  const config = loadGatewayConfig();
  const app = await createGatewayApp(config);
  await app.listen(config.service.PORT, config.service.HOST);
}

main().catch((error: Error) => {
  process.stderr.write(`${SERVICE_NAME} failed to start: ${error.message}\n`);
  process.exit(1);
});

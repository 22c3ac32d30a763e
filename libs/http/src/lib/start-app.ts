import type { INestApplication } from '@nestjs/common';
import { connectEventServer } from '@vetlink/messaging';

/**
 * Starts a configured app in the one order every service needs: event handlers connected, bootstrap
 * (topics, indexes, read models restored), then events consumed, then HTTP (when asked) — so that no
 * event and no request arrives before the service is ready for it.
 */
export async function startApp(
  app: INestApplication,
  listen?: { host: string; port: number },
): Promise<INestApplication> {
  connectEventServer(app);
  await app.init();
  await app.startAllMicroservices();
  if (listen) await app.listen(listen.port, listen.host);
  return app;
}

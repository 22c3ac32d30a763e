import { join } from 'node:path';
import { Platform } from '@vetlink/e2e-scenarios/platform';
import { SCREENSHOTS } from './browser';
import { Mailbox } from './mailbox';
import { PortalServer } from './portal-server';
import {
  SHARED_SERVICES,
  SHARED_STARTED_AT_END,
  sharedSettings,
  type SharedPlatform,
} from './shared-platform';

/**
 * The browser run's platform, portal and mailbox, in a process of their own (global-setup.js starts it):
 * prints what the test files need to reach them as one JSON line once all are up, and stops them all
 * when its standard input closes (the run's teardown, or Jest gone).
 */
async function main(): Promise<void> {
  const mailbox = await Mailbox.start();
  const platform = new Platform(SHARED_SERVICES, SHARED_STARTED_AT_END, sharedSettings(mailbox));
  const portal = new PortalServer(platform.gatewayUrl, join(SCREENSHOTS, '..', 'portal-server.log'));
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await portal.stop().catch(() => undefined);
      await platform.stop().catch(() => undefined);
      mailbox.stop();
    })());
  process.stdin.on('end', () => void stop().then(() => process.exit(0)));
  process.stdin.resume();
  try {
    await Promise.all([platform.start(), portal.start()]);
  } catch (error) {
    await stop();
    throw error;
  }
  const shared: SharedPlatform = {
    identity: platform.identity,
    mailbox: { folder: mailbox.folder, port: mailbox.port },
  };
  process.stdout.write(`${JSON.stringify(shared)}\n`);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});

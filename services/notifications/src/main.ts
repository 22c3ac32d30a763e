import { bootstrapService } from '@vetlink/http';
import { AppModule } from './app.module';
import { loadNotificationsConfig } from './config';

async function main() {
  const config = loadNotificationsConfig();
  // A `worker` starts without HTTP and without connecting the event server: it runs delivery jobs only.
  await bootstrapService(AppModule.register(config), {
    title: 'vetlink notifications',
    description:
      'In-app inbox, notification preferences, contact points and unsubscribe links; delivers job pushes and ' +
      'programme messages by in-app, e-mail and SMS / WeChat gateways',
    host: config.service.HOST,
    port: config.service.PORT,
    role: config.service.PROCESS_ROLE,
  });
}

main().catch((error: Error) => {
  process.stderr.write(`notifications failed to start: ${error.message}\n`);
  process.exit(1);
});

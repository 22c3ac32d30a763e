import { bootstrapService } from '@vetlink/http';
import { AppModule } from './app.module';
import { loadAccountsConfig } from './config';
import { SERVICE_NAME } from './service-name';

async function main() {
  const config = loadAccountsConfig();
  await bootstrapService(AppModule.register(config), {
    title: 'vetlink accounts',
    description:
      'Sign-up, sign-in and tokens for every role: passwords, refresh tokens, invitations, staff accounts, JWKS',
    host: config.service.HOST,
    port: config.service.PORT,
  });
}

main().catch((error: Error) => {
  process.stderr.write(`${SERVICE_NAME} failed to start: ${error.message}\n`);
  process.exit(1);
});

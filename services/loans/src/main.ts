import { bootstrapService } from '@vetlink/http';
import { AppModule } from './app.module';
import { loadLoansConfig } from './config';
import { SERVICE_NAME } from './service-name';

async function main() {
  const config = loadLoansConfig();
  await bootstrapService(AppModule.register(config), {
    title: 'vetlink loans',
    description:
      'Startup loans for veterans: products, eligibility, repayment schedules and the interest-subsidy ledger',
    host: config.service.HOST,
    port: config.service.PORT,
  });
}

main().catch((error: Error) => {
  process.stderr.write(`${SERVICE_NAME} failed to start: ${error.message}\n`);
  process.exit(1);
});

import { bootstrapService } from '@vetlink/http';
import { AppModule } from './app.module';
import { loadSkillsProfilesConfig } from './config';

async function main() {
  const config = loadSkillsProfilesConfig();
  await bootstrapService(AppModule.register(config), {
    title: 'vetlink skills profiles',
    description: "Veterans' profiles: identity, service record, skills, certificates, trainings, preferences",
    host: config.service.HOST,
    port: config.service.PORT,
  });
}

main().catch((error: Error) => {
  process.stderr.write(`skills-profiles failed to start: ${error.message}\n`);
  process.exit(1);
});

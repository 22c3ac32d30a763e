import { authConfigSchema, engineConfigSchema, httpConfigSchema, loadConfig } from '@vetlink/config';
import { EncryptionKeyring, personalDataConfigSchema } from '@vetlink/persistence';
import { z } from 'zod';

const serviceSchema = httpConfigSchema.merge(engineConfigSchema).extend({
  MONGODB_DATABASE: z
    .string()
    .regex(/^[\w-]+$/)
    .default('vetlink-skills-profiles'),
});

export interface PersonalDataConfig {
  keyring: EncryptionKeyring;
}

export interface SkillsProfilesConfig {
  service: z.infer<typeof serviceSchema>;
  auth: z.infer<typeof authConfigSchema>;
  personalData: PersonalDataConfig;
}

export function loadSkillsProfilesConfig(
  env: Record<string, string | undefined> = process.env,
): SkillsProfilesConfig {
  return {
    service: loadConfig(serviceSchema, env),
    auth: loadConfig(authConfigSchema, env),
    personalData: { keyring: loadConfig(personalDataConfigSchema, env) },
  };
}

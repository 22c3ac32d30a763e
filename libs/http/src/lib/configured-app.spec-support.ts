import type { INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { LoggingModule } from '@vetlink/logging';
import { configureService } from './bootstrap-service';

/** Controllers in an app configured exactly as every service is, for this lib's own specs. */
export async function configuredApp(controllers: Type<unknown>[]): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [LoggingModule.forRoot({ service: 'http-spec', level: 'silent' })],
    controllers,
  }).compile();
  const app = configureService(moduleRef.createNestApplication({ bufferLogs: true }), {
    title: 't',
    description: 't',
  });
  return app.init();
}

import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc, ZodValidationPipe } from 'nestjs-zod';
import { correlationMiddleware } from '@vetlink/logging';
import { Logger } from 'nestjs-pino';
import { DomainErrorFilter } from './domain-error.filter';
import { InvalidCursorFilter } from './invalid-cursor.filter';
import { ZodValidationFilter } from './validation';

export interface ServiceHttpSettings {
  title: string;
  description: string;
  host: string;
  port: number;
}

/**
 * Applies what every vetlink HTTP service shares: correlation ids and logging, zod validation of every
 * body, query and param with a 400 naming the fields, domain errors and foreign cursors answered with
 * their status, OpenAPI at /docs, graceful shutdown.
 */
export function configureService(app: INestApplication, settings: Pick<ServiceHttpSettings, 'title' | 'description'>) {
  app.use(correlationMiddleware);
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(new ZodValidationPipe());
  app.useGlobalFilters(new ZodValidationFilter(), new DomainErrorFilter(), new InvalidCursorFilter());
  app.enableShutdownHooks();
  const document = cleanupOpenApiDoc(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder().setTitle(settings.title).setDescription(settings.description).addBearerAuth().build(),
    ),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}

export async function bootstrapService(module: Type<unknown> | ReturnType<typeof Object>, settings: ServiceHttpSettings) {
  const app = await NestFactory.create(module, { bufferLogs: true });
  configureService(app, settings);
  await app.listen(settings.port, settings.host);
  return app;
}

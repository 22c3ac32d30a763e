import { INestApplication, INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc, ZodValidationPipe } from 'nestjs-zod';
import { correlationMiddleware } from '@vetlink/logging';
import { Logger } from 'nestjs-pino';
import { DomainErrorFilter } from './domain-error.filter';
import { documentSharedAnswers } from './openapi-answers';
import { HttpErrorFilter } from './http-error.filter';
import { timeRequests } from './http-metrics';
import { InvalidCursorFilter } from './invalid-cursor.filter';
import { refuseUnsupportedMethods } from './method-filter';
import { armShutdownDeadline } from './shutdown-deadline';
import { readDeadline } from './read-deadline';
import { startApp } from './start-app';
import { listenForProbes } from './worker-probes';
import { traceRequests } from './trace-requests';
import { ZodValidationFilter } from './validation';

export interface ServiceHttpSettings {
  title: string;
  description: string;
  host: string;
  port: number;
}

/**
 * Applies what every vetlink HTTP service shares: a trace span and a timing (`/metrics`) per request, correlation ids and logging, 405 for methods no API
 * uses, 503 for a read not answered within 4.5 s, zod validation of every body, query and param with a 400 naming the fields, domain errors and
 * foreign cursors answered with their status, one error body for every refusal, OpenAPI at /docs (with
 * the refusals every route shares documented on each operation),
 * graceful shutdown.
 */
export function configureService(
  app: INestApplication,
  settings: Pick<ServiceHttpSettings, 'title' | 'description'>,
) {
  app.use(traceRequests);
  app.use(timeRequests);
  app.use(correlationMiddleware);
  app.use(refuseUnsupportedMethods);
  app.use(readDeadline());
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(new ZodValidationPipe());
  // The catch-all first: Nest lets the filters registered after it take the errors they name.
  app.useGlobalFilters(
    new HttpErrorFilter(),
    new ZodValidationFilter(),
    new DomainErrorFilter(),
    new InvalidCursorFilter(),
  );
  app.enableShutdownHooks();
  const document = documentSharedAnswers(
    cleanupOpenApiDoc(
      SwaggerModule.createDocument(
        app,
        new DocumentBuilder()
          .setTitle(settings.title)
          .setDescription(settings.description)
          .addBearerAuth()
          .build(),
      ),
    ),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}

/**
 * Starts a service as its main.ts wants it. Role `worker` is a process without the API and without the
 * event consumer (queue workers and periodic tasks only), so that heavy work scales apart from the API;
 * on the service's port it answers only `/health/live`, `/health/ready` and `/metrics` (probes, scrapes).
 */
export async function bootstrapService(
  module: Type<unknown> | ReturnType<typeof Object>,
  settings: ServiceHttpSettings & { role?: 'all' | 'api' | 'worker' },
): Promise<INestApplicationContext> {
  armShutdownDeadline();
  if (settings.role === 'worker') {
    const worker = await NestFactory.createApplicationContext(module, { bufferLogs: true });
    worker.useLogger(worker.get(Logger));
    worker.enableShutdownHooks();
    await worker.init();
    const probes = await listenForProbes(worker, { host: settings.host, port: settings.port }).catch(
      (error: NodeJS.ErrnoException) => {
        // Several workers on one machine (tests, a developer's laptop) share a PORT: the first probes.
        // In Kubernetes each pod has its port, and a worker without probes fails its liveness check.
        if (error.code !== 'EADDRINUSE') throw error;
        worker
          .get(Logger)
          .error(`port ${settings.port} is taken: this worker runs without /health and /metrics`);
        return undefined;
      },
    );
    const closeWorker = worker.close.bind(worker);
    worker.close = async () => {
      await new Promise((resolve) => (probes ? probes.close(resolve) : resolve(undefined)));
      await closeWorker();
    };
    return worker;
  }
  const app = configureService(await NestFactory.create(module, { bufferLogs: true }), settings);
  return startApp(app, { host: settings.host, port: settings.port });
}

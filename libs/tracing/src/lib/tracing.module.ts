import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { startTracing, Tracing } from './start-tracing';

const TRACING = Symbol('TRACING');

/** Flushes the spans still batched when the application stops (the last ones of a request, say). */
@Injectable()
class TracingShutdown implements OnApplicationShutdown {
  constructor(@Inject(TRACING) private readonly tracing: Tracing) {}

  async onApplicationShutdown(): Promise<void> {
    await this.tracing.shutdown();
  }
}

/**
 * Tracing for a Nest process: started when the module is declared (before any provider runs), so that
 * every span of the process has its service name; off unless an OTLP endpoint is configured.
 */
@Module({})
export class TracingModule {
  static forRoot(settings: { service: string }): DynamicModule {
    const tracing = startTracing(settings);
    return {
      module: TracingModule,
      global: true,
      providers: [{ provide: TRACING, useValue: tracing }, TracingShutdown],
    };
  }
}

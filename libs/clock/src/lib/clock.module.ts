import { DynamicModule, Global, Module } from '@nestjs/common';
import { Clock, CLOCK, systemClock } from './clock';

/** Gives every module of a service the `CLOCK` it reads "now" from: the system clock, or a test's. */
@Global()
@Module({})
export class ClockModule {
  static forRoot(clock: Clock = systemClock): DynamicModule {
    return {
      module: ClockModule,
      providers: [{ provide: CLOCK, useValue: clock }],
      exports: [CLOCK],
    };
  }
}

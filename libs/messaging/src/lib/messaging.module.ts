import { DynamicModule, Module } from '@nestjs/common';
import { createKafka, KafkaSettings } from './kafka-client';
import { KafkaReadiness } from './kafka.health';
import { KAFKA } from './tokens';

@Module({})
export class MessagingModule {
  static forRoot(settings: KafkaSettings): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [{ provide: KAFKA, useFactory: () => createKafka(settings) }],
      exports: [KAFKA],
    };
  }
}

export { KafkaReadiness };

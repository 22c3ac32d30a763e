import { Module } from '@nestjs/common';
import { createTemplateRegistry } from './domain/catalogue';
import { TemplateRegistry } from './domain/template-registry';

/** The template registry: refuses to start with two templates of one type or an unknown category. */
@Module({
  providers: [{ provide: TemplateRegistry, useFactory: createTemplateRegistry }],
  exports: [TemplateRegistry],
})
export class TemplatesModule {}

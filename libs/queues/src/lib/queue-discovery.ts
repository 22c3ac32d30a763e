import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { FoundHandler } from './handler-table';
import { claimsOf } from './job-handler.decorators';
import { QueueRegistration } from './queue-registration';

export interface QueueSetup {
  registrations: QueueRegistration[];
  handlers: FoundHandler[];
}

/** The registered queues and the decorated handler methods among the application's providers. */
export function discoverQueueSetup(discovery: DiscoveryService, scanner: MetadataScanner): QueueSetup {
  const setup: QueueSetup = { registrations: [], handlers: [] };
  for (const instance of providerInstances(discovery)) {
    if (instance instanceof QueueRegistration) {
      setup.registrations.push(instance);
      continue;
    }
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown> | null;
    if (!prototype) continue;
    for (const methodName of scanner.getAllMethodNames(prototype)) {
      const method = prototype[methodName] as (...args: unknown[]) => unknown;
      for (const claim of claimsOf(method)) {
        setup.handlers.push({
          ...claim,
          owner: `${instance.constructor.name}.${methodName}`,
          call: (...args) => method.apply(instance, args),
        });
      }
    }
  }
  return setup;
}

/** Each singleton provider once, even when an alias or a second token hands out the same instance. */
function providerInstances(discovery: DiscoveryService): object[] {
  const seen = new Set<object>();
  for (const wrapper of discovery.getProviders()) {
    const { instance } = wrapper;
    if (wrapper.isAlias || !wrapper.isDependencyTreeStatic() || !instance || typeof instance !== 'object')
      continue;
    seen.add(instance);
  }
  return [...seen];
}

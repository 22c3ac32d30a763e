import { DiscoveryService } from '@nestjs/core';

export interface PeriodicTaskMetadata {
  /** Unique in a service; names the task in the log. */
  name: string;
}

/**
 * What a class marked `@PeriodicTask` provides. The interval is read from the service's configuration
 * when the class is constructed; `run` is never called while a previous run is still going.
 */
export interface PeriodicTaskHandler {
  readonly intervalMs: number;
  /** Run once straight after start-up too (work that piled up while the service was down). */
  readonly runAtStart?: boolean;
  /**
   * Run on each replica of the service (work on the replica's own memory). By default a task runs once
   * per interval across all replicas: sweeps with effects must not run twice at once.
   */
  readonly everyReplica?: boolean;
  run(): Promise<void>;
}

export const periodicTaskMarker = DiscoveryService.createDecorator<PeriodicTaskMetadata>();

/** Marks a provider (implementing PeriodicTaskHandler) for the PeriodicTasksModule host to run. */
export function PeriodicTask(metadata: PeriodicTaskMetadata): ClassDecorator {
  return periodicTaskMarker(metadata);
}

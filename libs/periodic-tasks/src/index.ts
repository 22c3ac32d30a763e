export { PeriodicTask } from './lib/periodic-task.decorator';
export type { PeriodicTaskHandler, PeriodicTaskMetadata } from './lib/periodic-task.decorator';
export { PeriodicTaskRunner } from './lib/periodic-task-runner';
export type { PeriodicTaskSettings, TaskFailureLog } from './lib/periodic-task-runner';
export { nodeTimer } from './lib/task-timer';
export type { ScheduledCall, TaskTimer } from './lib/task-timer';
export { PeriodicTasksModule } from './lib/periodic-tasks.module';
export { slotStart, untilNextSlot } from './lib/run-slots';
export type { RunSlotClaims } from './lib/run-slots';

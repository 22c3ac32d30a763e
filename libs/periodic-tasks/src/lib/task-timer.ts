/** A call waiting for its time, that can be called off. */
export interface ScheduledCall {
  cancel(): void;
}

/** When a periodic task's next run happens: Node's timers in a service, fake ones in a test. */
export interface TaskTimer {
  schedule(call: () => void, delayMs: number): ScheduledCall;
}

/** Node's timers, unref'd: a task waiting for its next run never keeps a finished process alive. */
export const nodeTimer: TaskTimer = {
  schedule(call, delayMs) {
    const handle = setTimeout(call, delayMs);
    handle.unref();
    return { cancel: () => clearTimeout(handle) };
  },
};

/**
 * Work that may run side by side (`shared`) and work that must run alone (`exclusive`): an exclusive
 * piece waits until the shared pieces in flight are done, and holds new ones back until it is done.
 * Exclusive pieces take turns in arrival order.
 */
export class SharedExclusiveGate {
  private running = 0;
  private closed?: Promise<void>;
  private idle?: () => void;
  private exclusiveTail: Promise<void> = Promise.resolve();

  async shared<Result>(work: () => Promise<Result>): Promise<Result> {
    while (this.closed) await this.closed;
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
      if (this.running === 0) this.idle?.();
    }
  }

  /** Closes the gate to new shared work at once, then runs `work` when its turn comes and nothing shared is in flight. */
  exclusive<Result>(work: () => Promise<Result>): Promise<Result> {
    const turn = this.exclusiveTail;
    let reopen!: () => void;
    const closedUntil = new Promise<void>((resolve) => (reopen = resolve));
    this.exclusiveTail = closedUntil;
    this.closed = closedUntil;
    return (async () => {
      await turn;
      try {
        if (this.running > 0) await new Promise<void>((resolve) => (this.idle = resolve));
        this.idle = undefined;
        return await work();
      } finally {
        if (this.closed === closedUntil) this.closed = undefined;
        reopen();
      }
    })();
  }
}

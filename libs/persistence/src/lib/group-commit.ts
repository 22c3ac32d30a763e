/** A caller waiting for the answer to its request. */
export interface Waiting<Request, Answer> {
  request: Request;
  resolve: (answer: Answer) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit, the queueing that `InsertBatcher` and `LookupBatcher` share: callers hand in one request
 * each and wait; while one batch is on its way, the next requests gather and go together in the
 * following one, at most `maxBatch` at a time. `settle` answers the callers of a batch; when it throws,
 * every caller of that batch it has not answered gets the error (an answered promise keeps its answer),
 * and the requests gathered meanwhile still go.
 */
export class GroupCommit<Request, Answer> {
  private waiting: Waiting<Request, Answer>[] = [];
  private flushing = false;

  constructor(
    private readonly settle: (batch: Waiting<Request, Answer>[]) => Promise<void>,
    private readonly maxBatch: number,
  ) {}

  submit(request: Request): Promise<Answer> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ request, resolve, reject });
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, this.maxBatch);
        await this.settle(batch).catch((error: unknown) => {
          for (const caller of batch) caller.reject(error);
        });
      }
    } finally {
      this.flushing = false;
    }
  }
}

/**
 * One gateway instance's view of the shared rate counters between two synchronisations: for each
 * counter (one per user or address and window), the total the shared store last reported and the
 * requests this instance has counted since. A request is judged on their sum at once, so no request
 * waits for the store; the store learns this instance's counts, and this instance the others', at the
 * next sync. With N instances a caller can exceed a limit by at most what the other N − 1 instances let
 * through in one sync interval.
 */
export interface CounterDelta {
  key: string;
  delta: number;
}

interface Counter {
  /** The shared total the store last reported (this instance's synced counts included). */
  shared: number;
  /** Counted here and not yet sent. */
  unsent: number;
  /** Sent, and the store's answer not yet back. */
  sending: number;
  window: number;
}

export class WindowTally {
  private readonly counters = new Map<string, Counter>();

  /** Counts one request on `key` and returns the total as this instance sees it now. */
  count(key: string, window: number): number {
    const counter = this.counters.get(key) ?? { shared: 0, unsent: 0, sending: 0, window };
    counter.unsent += 1;
    this.counters.set(key, counter);
    return counter.shared + counter.sending + counter.unsent;
  }

  /**
   * What to send now: every counter of the window, with what this instance counted since the last sync
   * (often 0: its total still has to be read back, for the other instances' counts). The deltas stay
   * part of the totals until the store answers (`settle`).
   */
  takeForSync(window: number): CounterDelta[] {
    const deltas: CounterDelta[] = [];
    for (const [key, counter] of this.counters) {
      if (counter.window !== window) continue;
      deltas.push({ key, delta: counter.unsent });
      counter.sending += counter.unsent;
      counter.unsent = 0;
    }
    return deltas;
  }

  /** The store added the deltas and reports each counter's new total (every instance's counts). */
  settle(sent: readonly CounterDelta[], totals: readonly number[]): void {
    sent.forEach(({ key, delta }, index) => {
      const counter = this.counters.get(key);
      if (!counter) return;
      counter.sending -= delta;
      counter.shared = Math.max(counter.shared, totals[index] ?? 0);
    });
  }

  /** The store did not answer: the deltas go out again with the next sync. */
  restore(sent: readonly CounterDelta[]): void {
    for (const { key, delta } of sent) {
      const counter = this.counters.get(key);
      if (!counter) continue;
      counter.sending -= delta;
      counter.unsent += delta;
    }
  }

  /** Forgets the counters of windows before `currentWindow`. */
  prune(currentWindow: number): void {
    for (const [key, counter] of this.counters)
      if (counter.window < currentWindow && counter.sending === 0) this.counters.delete(key);
  }

  get size(): number {
    return this.counters.size;
  }
}

/**
 * A progress bar on a terminal; without one (CI, a log file) a plain line at every tenth and at least
 * every 10 s. Writes to stdout, like the launcher's own messages, so that both keep their order.
 */
export class Progress {
  private done = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private lastLineAt = 0;
  private lastLineShare = -1;
  private readonly tty = Boolean(process.stdout.isTTY);

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {
    this.draw(true);
  }

  tick(count = 1): void {
    this.done += count;
    this.draw(this.done >= this.total);
  }

  finish(note = ''): void {
    const seconds = (Date.now() - this.started) / 1000;
    if (this.tty) process.stdout.write('\r\x1b[K');
    console.log(
      `  ${this.label.padEnd(14)} ${this.done}/${this.total} in ${seconds.toFixed(1)}s` +
        `${seconds > 0 ? ` (${Math.round(this.done / seconds)}/s)` : ''}${note ? `  ${note}` : ''}`,
    );
  }

  private draw(force: boolean): void {
    const now = Date.now();
    const share = this.total === 0 ? 1 : this.done / this.total;
    if (this.tty) {
      if (!force && now - this.lastDraw < 100) return;
      this.lastDraw = now;
      const width = 28;
      const filled = Math.round(share * width);
      const rate = this.done / Math.max((now - this.started) / 1000, 0.001);
      const eta = rate > 0 ? Math.round((this.total - this.done) / rate) : 0;
      process.stdout.write(
        `\r\x1b[K  ${this.label.padEnd(14)} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ` +
          `${this.done}/${this.total} ${String(Math.floor(share * 100)).padStart(3)}%  ${rate.toFixed(1)}/s  eta ${eta}s`,
      );
      return;
    }
    // Without a terminal: a line at every tenth, and at least every 10 s while something moves.
    const tenth = Math.floor(share * 10);
    if (tenth > this.lastLineShare || now - this.lastLineAt > 10_000) {
      if (this.done === 0 && this.lastLineShare >= 0) return;
      this.lastLineShare = tenth;
      this.lastLineAt = now;
      if (this.done > 0 && this.done < this.total)
        console.log(`  ${this.label}: ${this.done}/${this.total} (${Math.floor(share * 100)}%)`);
    }
  }
}

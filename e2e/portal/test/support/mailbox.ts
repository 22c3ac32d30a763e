import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';

const REPO_ROOT = resolve(__dirname, '../../../..');

export interface Mail {
  subject: string;
  text: string;
}

/**
 * The mailbox the platform delivers to in tests: notifications' SMTP sink (the `smtp-server` package in
 * a process of its own, services/notifications/test/support/smtp-sink.js), one .eml file per message in
 * a folder, so that every Jest worker of the run reads the same mail.
 */
export class Mailbox {
  private constructor(
    readonly folder: string,
    readonly port: number,
    private readonly child?: ChildProcess,
  ) {}

  static async start(): Promise<Mailbox> {
    const folder = mkdtempSync(join(tmpdir(), 'vetlink-e2e-mail-'));
    const child = spawn(
      process.execPath,
      [join(REPO_ROOT, 'services/notifications/test/support/smtp-sink.js'), folder],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const port = await new Promise<number>((done, fail) => {
      child.once('exit', (code) => fail(new Error(`the SMTP sink exited with ${code}`)));
      child.stdout?.once('data', (chunk: Buffer) => done(JSON.parse(chunk.toString().split('\n')[0]!).port));
    });
    return new Mailbox(folder, port, child);
  }

  /** The mailbox another process started: read only. */
  static at(folder: string, port: number): Mailbox {
    return new Mailbox(folder, port);
  }

  /** Every message to this address, oldest first. */
  async messagesTo(address: string): Promise<Mail[]> {
    const names = readdirSync(this.folder)
      .filter((name) => name.endsWith('.eml'))
      .sort();
    const mails: Mail[] = [];
    for (const name of names) {
      const envelope = JSON.parse(readFileSync(join(this.folder, name.replace(/\.eml$/, '.json')), 'utf8'));
      if (!envelope.to.includes(address)) continue;
      const parsed = await simpleParser(readFileSync(join(this.folder, name)));
      mails.push({ subject: parsed.subject ?? '', text: parsed.text ?? '' });
    }
    return mails;
  }

  /** The text of every message to this address, oldest first. */
  async textsTo(address: string): Promise<string[]> {
    return (await this.messagesTo(address)).map((mail) => mail.text);
  }

  stop(): void {
    this.child?.kill('SIGTERM');
    rmSync(this.folder, { recursive: true, force: true });
  }
}

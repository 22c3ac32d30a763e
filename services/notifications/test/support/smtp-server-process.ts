import { simpleParser, ParsedMail } from 'mailparser';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '@vetlink/testing';

export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  raw: string;
  parsed: ParsedMail;
}

/** The `smtp-server` package run as a separate process on 127.0.0.1 at a random port, storing what it receives. */
export class SmtpServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    private readonly folder: string,
    readonly port: number,
  ) {}

  static async start(): Promise<SmtpServerProcess> {
    const folder = mkdtempSync(join(tmpdir(), 'vetlink-smtp-'));
    const child = spawn(process.execPath, [join(__dirname, 'smtp-sink.js'), folder], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const port = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`smtp server exited with ${code}`)));
      child.stdout?.once('data', (chunk: Buffer) =>
        resolve(JSON.parse(chunk.toString().split('\n')[0] ?? '{}').port),
      );
    });
    return new SmtpServerProcess(child, folder, port);
  }

  async messages(): Promise<ReceivedMail[]> {
    const names = readdirSync(this.folder)
      .filter((name) => name.endsWith('.eml'))
      .sort();
    return Promise.all(
      names.map(async (name) => {
        const raw = readFileSync(join(this.folder, name), 'utf8');
        const envelope = JSON.parse(readFileSync(join(this.folder, name.replace(/\.eml$/, '.json')), 'utf8'));
        return { envelope, raw, parsed: await simpleParser(raw) };
      }),
    );
  }

  /** Waits until `count` messages to this address have arrived, and returns them. */
  async waitForMessages(to: string, count = 1, timeoutMs = 20_000): Promise<ReceivedMail[]> {
    return waitFor(
      async () => {
        const mine = (await this.messages()).filter((mail) => mail.envelope.to.includes(to));
        return mine.length >= count ? mine : undefined;
      },
      { timeoutMs, what: `${count} e-mail(s) to ${to}` },
    );
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGTERM');
      await exited;
    }
    rmSync(this.folder, { recursive: true, force: true });
  }
}

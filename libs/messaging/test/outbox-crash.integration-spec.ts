import { waitFor } from '@vetlink/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { BackboneFixture } from './backbone-fixture';
import { ProbeRepository } from './probe-repository';

const repoRoot = resolve(__dirname, '../../..');

/** Runs the publisher as a real process and resolves with its first line of output (or its exit). */
function publisher(fixture: BackboneFixture, mode: string, probeId: string, count = 3) {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', resolve(__dirname, 'publisher-process.ts')],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        SWC_NODE_PROJECT: resolve(repoRoot, 'tsconfig.base.json'),
        MODE: mode,
        TOPIC: fixture.topic,
        DATABASE: fixture.database,
        PROBE_ID: probeId,
        COUNT: String(count),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  let stdout = '';
  const firstLine = new Promise<string>((resolveLine) =>
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
      const report = stdout
        .split('\n')
        .find((line) => line.startsWith('{"written"') || line.startsWith('{"drained"'));
      if (report) resolveLine(report);
    }),
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolveExit) => child.on('exit', (code, signal) => resolveExit({ code, signal, stderr })),
  );
  return { child, firstLine, exited };
}

function kill(child: ChildProcess) {
  child.kill('SIGKILL');
}

describe('outbox: a crash between the database write and the Kafka send loses nothing and repeats nothing', () => {
  let fixture: BackboneFixture;
  let repository: ProbeRepository;

  beforeEach(async () => {
    fixture = await new BackboneFixture().setUp();
    repository = new ProbeRepository(fixture.connection, fixture.probe);
  });
  afterEach(() => fixture.tearDown());

  it('killed after the write, before any send: the restarted relay delivers each event once', async () => {
    const writer = publisher(fixture, 'write-then-hang', 'probe-a');
    const { written } = JSON.parse(await writer.firstLine) as { written: string[] };
    kill(writer.child);
    expect((await writer.exited).signal).toBe('SIGKILL');
    expect(await repository.pendingCount('probe-a')).toBe(3);

    await fixture.consumer().start();
    const relay = publisher(fixture, 'relay', 'probe-a');
    expect((await relay.exited).code).toBe(0);

    const applied = await waitFor(async () => {
      const rows = await fixture.applications();
      return rows.length === 3 ? rows : undefined;
    });
    expect(applied.map((row) => row._id).sort()).toEqual([...written].sort());
    expect(applied.every((row) => row.times === 1)).toBe(true);
    expect(await repository.pendingCount('probe-a')).toBe(0);
  });

  it('killed after Kafka acknowledged, before marking sent: events go out twice, apply once', async () => {
    const writer = publisher(fixture, 'write-then-hang', 'probe-b');
    await writer.firstLine;
    kill(writer.child);
    await writer.exited;

    const crashing = publisher(fixture, 'crash-after-send', 'probe-b');
    expect((await crashing.exited).signal).toBe('SIGKILL');
    expect(await repository.pendingCount('probe-b')).toBe(3);

    const relay = publisher(fixture, 'relay', 'probe-b');
    expect((await relay.exited).code).toBe(0);
    expect(await repository.pendingCount('probe-b')).toBe(0);
    expect(await fixture.rawMessages(fixture.topic, 6)).toHaveLength(6);

    await fixture.consumer().start();
    const applied = await waitFor(async () => {
      const rows = await fixture.applications();
      return rows.length === 3 ? rows : undefined;
    });
    await new Promise((settle) => setTimeout(settle, 1500));
    expect((await fixture.applications()).map((row) => row.times)).toEqual([1, 1, 1]);
    expect(applied.map((row) => row.sequence).sort()).toEqual([0, 1, 2]);
  });
});

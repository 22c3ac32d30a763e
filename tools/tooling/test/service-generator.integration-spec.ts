import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { CommandResult, WorkspaceCopy } from './support/workspace-copy';

const MINUTE = 60_000;

function expectSuccess(result: CommandResult): void {
  if (result.code !== 0) throw new Error(`exit code ${result.code}:\n${result.output.slice(-6000)}`);
}

describe('nx g @vetlink/tooling:service, in a copy of the workspace: what it makes passes every check untouched', () => {
  const name = `zz-probe-${randomBytes(3).toString('hex')}`;
  const root = `services/${name}`;
  let workspace: WorkspaceCopy;

  beforeAll(async () => {
    workspace = WorkspaceCopy.create();
    expectSuccess(
      await workspace.run('nx', ['g', '@vetlink/tooling:service', name, '--no-interactive'], 2 * MINUTE),
    );
  }, 2 * MINUTE);

  afterAll(() => workspace?.remove());

  it('generates into the copy only, and lists the service for the launcher and the module boundaries', () => {
    expect(existsSync(join(workspace.root, root, 'src/main.ts'))).toBe(true);
    expect(existsSync(join(__dirname, '../../..', root))).toBe(false);
    expect(readFileSync(join(workspace.root, 'deploy/local/services.tsv'), 'utf8')).toMatch(
      new RegExp(`^${name}\\t\\d+$`, 'm'),
    );
    expect(readFileSync(join(workspace.root, 'eslint.config.mjs'), 'utf8')).toContain(`'${name}'`);
  });

  it('writes every file as Prettier would, the README events section as the contracts catalogue renders it', async () => {
    expect(readFileSync(join(workspace.root, root, 'README.md'), 'utf8')).toContain(
      [
        '| consumes                   | version | topic                       |',
        '| -------------------------- | ------- | --------------------------- |',
        '| `profiles.profile-created` | v1      | `profiles.veteran-profiles` |',
      ].join('\n'),
    );
    expectSuccess(await workspace.run('prettier', ['--check', root], MINUTE));
  });

  it(
    'typechecks',
    async () => {
      expectSuccess(await workspace.run('tsc', ['--noEmit', '-p', `${root}/tsconfig.json`], 2 * MINUTE));
    },
    2 * MINUTE,
  );

  it(
    'lints clean with the module-boundaries rule live',
    async () => {
      // The rule reads the cached project graph and skips itself, with a mere warning, when there is none.
      expectSuccess(await workspace.run('nx', ['show', 'projects'], MINUTE));
      const lint = await workspace.run('eslint', [root], MINUTE);
      expectSuccess(lint);
      expect(lint.output).not.toContain('No cached ProjectGraph');

      const leak = `${root}/src/harness-leak.ts`;
      writeFileSync(join(workspace.root, leak), "export { uniqueName } from '@vetlink/testing';\n");
      const refused = await workspace.run('eslint', [leak], MINUTE);
      expect(refused.code).toBe(1);
      expect(refused.output).toContain('@nx/enforce-module-boundaries');
    },
    2 * MINUTE,
  );

  it(
    'passes its unit tests',
    async () => {
      const unit = await workspace.run('jest', ['-c', `${root}/jest.config.js`], MINUTE);
      expectSuccess(unit);
      expect(unit.output).toMatch(/Tests:\s+\d+ passed, \d+ total/);
    },
    MINUTE,
  );

  it(
    'passes its integration test on the real Kafka and FerretDB',
    async () => {
      const integration = await workspace.run(
        'jest',
        ['-c', `${root}/jest.integration.config.js`],
        3 * MINUTE,
      );
      expectSuccess(integration);
      expect(integration.output).toMatch(/Tests:\s+\d+ passed, \d+ total/);
    },
    3 * MINUTE,
  );
});

import { readProjectConfiguration, Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import serviceGenerator from './generator';

const workspaceRoot = join(__dirname, '../../../../..');
const SHARED_FILES = ['eslint.config.mjs', 'deploy/local/services.tsv'];
// Prettier 3 loads its parsers by dynamic import, which Jest's VM refuses; the integration spec formats.
const unformatted = { skipFormat: true };
// Names no real service will take, and a port above theirs: the real lists are what the spec edits.
const NAME = 'zz-spec-mentors';
const PORT = 3990;

const real = (path: string) => readFileSync(join(workspaceRoot, path), 'utf8');

/** An empty workspace holding the real lint config and services list, so their present shape is what is edited. */
function workspaceTree(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  for (const path of SHARED_FILES) tree.write(path, real(path));
  return tree;
}

const scopeList = /const SERVICE_SCOPES = \[([^\]]*)\];/;

function scopesIn(eslintConfig: string): string[] {
  return [...(scopeList.exec(eslintConfig)?.[1] ?? '').matchAll(/'([^']+)'/g)].map(([, scope]) => scope);
}

function filesUnder(tree: Tree, folder: string): string[] {
  return tree.children(folder).flatMap((child) => {
    const path = `${folder}/${child}`;
    return tree.isFile(path) ? [path] : filesUnder(tree, path);
  });
}

describe('nx g @vetlink/tooling:service', () => {
  let tree: Tree;

  beforeEach(async () => {
    tree = workspaceTree();
    await serviceGenerator(tree, {
      ...unformatted,
      name: NAME,
      port: PORT,
      description: 'Mentors and their sessions',
    });
  });

  it('creates the service folder: wiring, config, one capability, unit and integration tests', () => {
    expect(filesUnder(tree, `services/${NAME}`).sort()).toEqual(
      [
        'README.md',
        'jest.config.js',
        'jest.integration.config.js',
        'project.json',
        'tsconfig.json',
        'src/app.module.ts',
        'src/config.spec.ts',
        'src/config.ts',
        'src/main.ts',
        'src/service-name.ts',
        'src/notes/domain/known-veteran.ts',
        'src/notes/domain/note-readers.spec.ts',
        'src/notes/domain/note-readers.ts',
        'src/notes/domain/note.ts',
        'src/notes/known-veteran.schema.ts',
        'src/notes/known-veterans.handler.ts',
        'src/notes/known-veterans.repository.ts',
        'src/notes/note.dto.ts',
        'src/notes/note.schema.ts',
        'src/notes/note.view.ts',
        'src/notes/notes.controller.ts',
        'src/notes/notes.module.ts',
        'src/notes/notes.repository.ts',
        'src/notes/use-cases/find-notes.ts',
        'src/notes/use-cases/require-known-veteran.ts',
        'src/notes/use-cases/write-note.ts',
        `test/${NAME}.integration-spec.ts`,
        'test/support/profile-events.ts',
      ]
        .map((path) => `services/${NAME}/${path}`)
        .sort(),
    );
  });

  it('fills every template in', () => {
    for (const path of filesUnder(tree, `services/${NAME}`))
      expect(tree.read(path, 'utf-8')).not.toMatch(/<%|%>/);
    expect(tree.read(`services/${NAME}/src/service-name.ts`, 'utf-8')).toContain(`SERVICE_NAME = '${NAME}'`);
    expect(tree.read(`services/${NAME}/src/config.ts`, 'utf-8')).toContain(
      'export function loadZzSpecMentorsConfig(',
    );
    expect(tree.read(`services/${NAME}/src/main.ts`, 'utf-8')).toContain(
      'description: "Mentors and their sessions"',
    );
  });

  it('makes an Nx project tagged as a service of its own scope, with the targets every service has', () => {
    const project = readProjectConfiguration(tree, NAME);
    expect(project.tags).toEqual(['type:service', `scope:${NAME}`]);
    expect(Object.keys(project.targets ?? {})).toEqual(['lint', 'typecheck', 'test', 'integration', 'serve']);
  });

  it('adds its scope to the module boundaries and its port to the launcher, keeping the rest', () => {
    const eslintConfig = tree.read('eslint.config.mjs', 'utf-8') ?? '';
    expect(scopesIn(eslintConfig)).toEqual([...scopesIn(real('eslint.config.mjs')), NAME]);
    expect(eslintConfig.replace(scopeList, '')).toBe(real('eslint.config.mjs').replace(scopeList, ''));

    const lines = (tree.read('deploy/local/services.tsv', 'utf-8') ?? '').split('\n');
    const listed = lines.indexOf(`${NAME}\t${PORT}`);
    expect(lines.filter((_, index) => index !== listed).join('\n')).toBe(real('deploy/local/services.tsv'));
    // Right after the last service, so that notes at the end of the file stay there.
    const lastService = real('deploy/local/services.tsv')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .pop();
    expect(lines[listed - 1]).toBe(lastService);
  });

  it('takes the port after the highest listed when none is given', async () => {
    await serviceGenerator(tree, { ...unformatted, name: 'zz-spec-loans' });
    expect(tree.read('deploy/local/services.tsv', 'utf-8')).toContain(
      `${NAME}\t${PORT}\nzz-spec-loans\t${PORT + 1}\n`,
    );
  });

  it('refuses a name that is taken, a port that is taken, or a name that is no kebab-case name', async () => {
    await expect(serviceGenerator(tree, { ...unformatted, name: NAME })).rejects.toThrow(
      `services/${NAME} exists already`,
    );
    await expect(
      serviceGenerator(tree, { ...unformatted, name: 'zz-spec-loans', port: PORT }),
    ).rejects.toThrow(`already lists ${NAME} on port ${PORT}`);
    await expect(serviceGenerator(tree, { ...unformatted, name: 'Loans' })).rejects.toThrow('kebab case');
    expect(tree.exists('services/zz-spec-loans')).toBe(false);
  });
});

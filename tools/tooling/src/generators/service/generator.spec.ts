import { readProjectConfiguration, Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import serviceGenerator from './generator';

const workspaceRoot = join(__dirname, '../../../../..');
const SHARED_FILES = ['eslint.config.mjs', 'deploy/local/services.tsv'];
// Prettier 3 loads its parsers by dynamic import, which Jest's VM refuses; the integration spec formats.
const unformatted = { skipFormat: true };

/** An empty workspace holding the real lint config and services list, so their present shape is what is edited. */
function workspaceTree(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  for (const path of SHARED_FILES) tree.write(path, readFileSync(join(workspaceRoot, path), 'utf8'));
  return tree;
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
      name: 'mentors',
      port: 3106,
      description: 'Mentors and their sessions',
    });
  });

  it('creates the service folder: wiring, config, one capability, unit and integration tests', () => {
    expect(filesUnder(tree, 'services/mentors').sort()).toEqual(
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
        'test/mentors.integration-spec.ts',
        'test/support/profile-events.ts',
      ]
        .map((path) => `services/mentors/${path}`)
        .sort(),
    );
  });

  it('fills every template in', () => {
    for (const path of filesUnder(tree, 'services/mentors'))
      expect(tree.read(path, 'utf-8')).not.toMatch(/<%|%>/);
    expect(tree.read('services/mentors/src/service-name.ts', 'utf-8')).toMatch(
      /SERVICE_NAME = ['"]mentors['"]/,
    );
    expect(tree.read('services/mentors/src/config.ts', 'utf-8')).toContain(
      'export function loadMentorsConfig(',
    );
    expect(tree.read('services/mentors/src/main.ts', 'utf-8')).toMatch(
      /description: ['"]Mentors and their sessions['"]/,
    );
  });

  it('makes an Nx project tagged as a service of its own scope, with the targets every service has', () => {
    const project = readProjectConfiguration(tree, 'mentors');
    expect(project.tags).toEqual(['type:service', 'scope:mentors']);
    expect(Object.keys(project.targets ?? {})).toEqual(['lint', 'typecheck', 'test', 'integration', 'serve']);
  });

  it('adds its scope to the module boundaries and its port to the launcher, keeping the rest', () => {
    expect(tree.read('eslint.config.mjs', 'utf-8')).toMatch(
      /const SERVICE_SCOPES = \[[^\]]*'recommendations',?\s*'mentors',?\s*\];/,
    );
    const services = tree.read('deploy/local/services.tsv', 'utf-8') ?? '';
    expect(services).toContain('recommendations\t3105\nmentors\t3106\n#');
    expect(services.replace('mentors\t3106\n', '')).toBe(
      readFileSync(join(workspaceRoot, 'deploy/local/services.tsv'), 'utf8'),
    );
  });

  it('takes the port after the highest listed when none is given', async () => {
    await serviceGenerator(tree, { ...unformatted, name: 'loans' });
    expect(tree.read('deploy/local/services.tsv', 'utf-8')).toContain('mentors\t3106\nloans\t3107\n');
  });

  it('refuses a name that is taken, a port that is taken, or a name that is no kebab-case name', async () => {
    await expect(serviceGenerator(tree, { ...unformatted, name: 'mentors' })).rejects.toThrow(
      'services/mentors exists already',
    );
    await expect(serviceGenerator(tree, { ...unformatted, name: 'loans', port: 3106 })).rejects.toThrow(
      'already lists mentors on port 3106',
    );
    await expect(serviceGenerator(tree, { ...unformatted, name: 'Loans' })).rejects.toThrow('kebab case');
    expect(tree.exists('services/loans')).toBe(false);
  });
});

// Shared Jest settings for every project: SWC transform with Nest's decorator metadata,
// and the @vetlink/* aliases read from tsconfig.base.json so there is one list of them.
const fs = require('node:fs');
const path = require('node:path');
const { compilerOptions } = require('../../../tsconfig.base.json');

const workspaceRoot = path.resolve(__dirname, '../../..');

// Each Nx test target writes its Jest JSON report here (nx.json); Jest does not create the folder.
fs.mkdirSync(path.join(workspaceRoot, '.vetlink/reports/jest'), { recursive: true });

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace('/', '\\/')}$`,
    path.join(workspaceRoot, target),
  ]),
);

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

/** Unit tier: `*.spec.ts` beside the code, no infrastructure. */
function unitConfig(projectDir, displayName) {
  return {
    displayName,
    rootDir: projectDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts'],
    transform: { '^.+\\.ts$': swcTransform },
    moduleFileExtensions: ['ts', 'js', 'json'],
    moduleNameMapper,
  };
}

/** Integration tier: `*.integration-spec.ts` against the real engines that the launcher starts once. */
function integrationConfig(projectDir, displayName) {
  return {
    ...unitConfig(projectDir, `${displayName}:integration`),
    testMatch: ['<rootDir>/src/**/*.integration-spec.ts', '<rootDir>/test/**/*.integration-spec.ts'],
    globalSetup: path.join(__dirname, 'global-setup.js'),
    setupFilesAfterEnv: [path.join(__dirname, 'integration-setup.js')],
  };
}

module.exports = { unitConfig, integrationConfig, workspaceRoot };

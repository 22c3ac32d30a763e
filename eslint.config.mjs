import nx from '@nx/eslint-plugin';

const SERVICE_SCOPES = [
  'job-postings',
  'skills-profiles',
  'matching',
  'notifications',
  'recommendations',
  'mentors',
  'loans',
  'incubators',
  'accounts',
  'gateway',
  'insights',
  'trainings',
];

// A service never imports another service; shared code flows only through libs.
const SCOPE_CONSTRAINTS = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  ...SERVICE_SCOPES.map((scope) => ({
    sourceTag: `scope:${scope}`,
    onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:shared'],
  })),
];

// type:testing marks the test harness and the demo data: test code's tools, never a running service's.
const HARNESS_USERS = [
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:lib', 'type:testing'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib', 'type:testing'] },
  { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:lib', 'type:testing'] },
];

const PRODUCTION_CONSTRAINTS = [
  { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
  ...HARNESS_USERS,
];

const TEST_CODE_CONSTRAINTS = [
  { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib', 'type:testing'] },
  { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib', 'type:testing'] },
  ...HARNESS_USERS,
];

function moduleBoundaries(typeConstraints, allow = []) {
  return [
    'error',
    {
      enforceBuildableLibDependency: false,
      allow,
      depConstraints: [...typeConstraints, ...SCOPE_CONSTRAINTS],
    },
  ];
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/.vetlink/**', '.nx/**', 'deploy/local/kafka/target/**'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': moduleBoundaries(PRODUCTION_CONSTRAINTS),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      // A lib's `/testing` entry (fixtures, generators) is for tests, like @vetlink/testing itself.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@vetlink/*/testing'],
              message: 'test fixtures are for tests, benches and scripts only',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.integration-spec.ts',
      '**/test/**',
      '**/jest*.js',
      'deploy/**',
      '**/bench/**',
      '**/scripts/**',
      '**/eval/**',
      '**/src/testing/**',
    ],
    rules: {
      'no-restricted-imports': 'off',
      'no-console': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Test folders inside a lib's src (matching-score/src/testing, search/src/testing) are left out on
    // purpose: a lib's entry may re-export them (search exports its contract suite), so whatever they
    // import can reach a service.
    files: [
      '**/*.spec.ts',
      '**/*.integration-spec.ts',
      '**/test/**',
      '**/jest*.js',
      '**/bench/**',
      '**/scripts/**',
      '**/eval/**',
      'deploy/**',
      'e2e/**',
    ],
    rules: {
      // e2e-portal starts its platform with e2e-scenarios' harness instead of a copy of it
      '@nx/enforce-module-boundaries': moduleBoundaries(TEST_CODE_CONSTRAINTS, ['@vetlink/e2e-scenarios/*']),
    },
  },
];

import nx from '@nx/eslint-plugin';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/.vetlink/**', '.nx/**', 'deploy/local/kafka/target/**'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: {
      // A service never imports another service; shared code flows only through libs.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:job-postings', onlyDependOnLibsWithTags: ['scope:job-postings', 'scope:shared'] },
            { sourceTag: 'scope:skills-profiles', onlyDependOnLibsWithTags: ['scope:skills-profiles', 'scope:shared'] },
            { sourceTag: 'scope:matching', onlyDependOnLibsWithTags: ['scope:matching', 'scope:shared'] },
            { sourceTag: 'scope:notifications', onlyDependOnLibsWithTags: ['scope:notifications', 'scope:shared'] },
            { sourceTag: 'scope:recommendations', onlyDependOnLibsWithTags: ['scope:recommendations', 'scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/test/**', '**/jest*.js', 'deploy/**', '**/bench/**', '**/scripts/**'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
];

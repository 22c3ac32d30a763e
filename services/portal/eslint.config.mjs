import vue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';
import baseConfig from '../../eslint.config.mjs';

// The workspace's rules, and Vue's correctness rules for single-file components ('flat/essential':
// formatting is prettier's, so none of Vue's layout rules).
export default [
  ...baseConfig,
  ...vue.configs['flat/essential'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    files: ['**/*.vue', '**/*.ts'],
    rules: {
      // pages are named by what they show (SignInPage, JobsPage); one-word names are the layouts' parts
      'vue/multi-word-component-names': 'off',
    },
  },
];

// The lint gate (`npm run lint`, run by .ci/run): typescript-eslint's recommended rules, tuned so that real
// problems fail and style does not; plus two size limits for src/: a function at most 80 lines (blank lines
// and comments aside) and a line at most 140 characters. Formatting is not checked: nothing here rewrites code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      // an unused name is dead code; a leading _ says "unused on purpose"
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Byline strips control characters from hostile text on purpose; matching them is the point
      'no-control-regex': 'off',
      // an escaped "-" or "[" inside a character class reads plainer than a rule about where it may stand
      'no-useless-escape': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
      'max-len': ['error', { code: 140, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    // tests read JSON from the fake Discord and poke at library internals; `any` there is a test's business
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);

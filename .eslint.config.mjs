// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'coverage/**', '.eslint.config.mjs', '.data/**', '.ci/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { import: importPlugin },
    settings: {
      'import/extensions': ['.ts', '.js'],
      'import/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import/resolver': { node: { extensions: ['.ts', '.js', '.json'] } },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'import/no-cycle': 'error',
      'max-lines': ['warn', { max: 250, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Errors stay errors: the logger (src/logging/redact.ts) keeps name, message, code, stack and cause, redacted.
      'no-restricted-syntax': ['error', {
        selector: "Property > CallExpression.value[callee.name='String'][arguments.0.name=/^(e|err|error|cause)$/]",
        message: 'Pass the error itself ({ error }) so the log keeps its stack, code and cause.',
      }],
    },
  },
  {
    // botbuilder stays at the edge (README, Architecture): only src/bot/ and src/server/ speak Bot Framework.
    // Also allowed: the benchmark (src/tools/bench: a bare botbuilder echo bot to compare with) and tests
    // that drive real adapters (test/bot, test/server, test/security, test/support).
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ignores: ['src/bot/**', 'src/server/**', 'src/tools/bench/**', 'test/bot/**', 'test/server/**', 'test/security/**', 'test/support/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['botbuilder', 'botbuilder-*', 'botframework-*'],
          message: 'Import botbuilder only in src/bot/ or src/server/; elsewhere use the project types (Turn, OutgoingMessage, ConversationAddress, MessageSender).',
        }],
      }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'max-lines': 'off',
    },
  },
);

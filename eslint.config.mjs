// `npm run lint`: ESLint's and typescript-eslint's recommended rules over the hand-written code;
// formatting is Prettier's (eslint-config-prettier turns off the rules it would fight). Generated
// code is left out: it is checked by regenerating it (npm run generate:check).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-tools/**',
      'sdk/dist/**',
      'sdk/src/generated/**',
      'src/*/generated/**',
      'coverage/**',
      'test-artifacts/**',
      'data/**',
      '.prof/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // One data-access style per module (README, Architecture): these modules reach their tables through SQL.
    files: ['src/{auth,quota,mail,idempotency,ielts,booking,fulfillment}/**/*.ts'],
    ignores: ['**/generated/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(getRepository|createQueryBuilder)$/]',
          message: 'This module reaches its tables through SQL (manager.query / dataSource.query); see the README, Architecture.',
        },
      ],
    },
  },
  {
    // …and this one through TypeORM's repositories.
    files: ['src/results/**/*.ts'],
    ignores: ['**/generated/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name="query"]',
          message: 'The results module reaches its tables through TypeORM repositories; see the README, Architecture.',
        },
      ],
    },
  },
  {
    // Code that walks OpenAPI documents and JSON Schemas of any shape: `any` is the honest type there.
    files: ['tools/openapi-codegen/**', 'src/contract/**', 'test/contract/**', 'test/explorer/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);

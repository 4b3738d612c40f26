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
    // Code that walks OpenAPI documents and JSON Schemas of any shape: `any` is the honest type there.
    files: ['tools/openapi-codegen/**', 'src/contract/**', 'test/contract/**', 'test/explorer/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);

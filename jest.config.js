/**
 * ESM project: ts-jest in ESM mode; relative `.js` imports map back to their `.ts` sources.
 * A few ESM-only packages are require()d by CommonJS dependencies; babel turns them into
 * CommonJS for jest (Node runs them natively).
 */
const ESM_ONLY_REQUIRED_FROM_CJS = ['content-disposition', 'cookie', 'file-type'];

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.jest.json', diagnostics: false }],
    [`node_modules/(${ESM_ONLY_REQUIRED_FROM_CJS.join('|')})/.+\\.js$`]: ['babel-jest', { configFile: './babel.config.cjs' }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_REQUIRED_FROM_CJS.join('|')})/)`],
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  testTimeout: 60000,
  maxWorkers: 1,
};

/**
 * ESM project: ts-jest in ESM mode; relative `.js` imports map back to their `.ts` sources.
 * A few ESM-only packages are require()d by CommonJS dependencies; babel turns them into
 * CommonJS for jest (Node runs them natively).
 */
const ESM_ONLY_REQUIRED_FROM_CJS = ['content-disposition', 'file-type'];

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
  // One database server for the run; each file clones a migrated template (test/support/test-database.ts).
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  setupFiles: ['<rootDir>/test/support/no-process-exit.ts'],
  // Generous: a busy machine may take its time; nothing here waits on the clock to pass a test.
  testTimeout: 120000,
  // Files run side by side on both cores, each on its own database.
  maxWorkers: 2,
  // A worker keeps every file's modules it ran (ESM in vm contexts): past 1.5 GB of heap and 2.3 GB
  // of RSS by the end of a run. A worker past 1 GB after a file is replaced (the run takes as long).
  workerIdleMemoryLimit: '1GB',
  // Ending a process that large takes 0.2 s on a quiet machine and more on a busy one, where Jest's
  // default of 0.5 s called it "a worker process has failed to exit gracefully" with no handle left
  // open. A worker that really leaks a handle is still named, after 5 s.
  workerGracefulExitTimeout: 5000,
};

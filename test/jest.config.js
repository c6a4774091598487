/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    // The meilisearch client ships only ES modules; jest runs CommonJS.
    'node_modules/meilisearch/.+\\.js$': [
      'babel-jest',
      { plugins: ['@babel/plugin-transform-modules-commonjs'], babelrc: false, configFile: false },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!meilisearch/)'],
  testMatch: ['<rootDir>/unit/**/*.test.ts', '<rootDir>/integration/**/*.test.ts'],
  globalSetup: '<rootDir>/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/helpers/global-teardown.ts',
  testTimeout: 60_000,
  // A handle a failed test left open (a pool waiting on a dead connection) must not keep the run
  // alive until CI's time limit: the results are in, so jest exits.
  forceExit: true,
  // One test file at a time (the suites share one Meilisearch and the machine's two cores), in a worker that is
  // replaced once a file leaves it holding more than this: each file boots Strapi, and what a booted Strapi leaves
  // reachable adds up over a hundred files until garbage collection takes most of the time (one process for the
  // whole run took twice as long).
  maxWorkers: 1,
  workerIdleMemoryLimit: '800MB',
  verbose: true,
};

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', }] },
  testMatch: ['<rootDir>/unit/**/*.test.ts', '<rootDir>/integration/**/*.test.ts'],
  testTimeout: 60_000,
  maxWorkers: 1,
  verbose: true,
};

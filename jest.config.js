// Three projects: unit (pure, no servers), integration (real Kafka + MongoDB-API server), e2e.
// Integration and e2e share a global setup that starts (or reuses) infra/local.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }];
const common = {
  transform: { '^.+\\.ts$': swc },
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
};
const withInfra = {
  ...common,
  globalSetup: '<rootDir>/infra/local/src/jest-global-setup.ts',
  globalTeardown: '<rootDir>/infra/local/src/jest-global-teardown.ts',
};
module.exports = {
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{packages,services,infra,apps}/**/test/**/*.unit.test.ts'] },
    { ...withInfra, displayName: 'integration', testMatch: ['<rootDir>/{packages,services,infra}/**/test/**/*.int.test.ts'] },
    { ...withInfra, displayName: 'e2e', testMatch: ['<rootDir>/e2e/test/**/*.e2e.test.ts'] },
  ],
};

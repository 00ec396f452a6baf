const moduleNameMapper = {
  '^@callsight/(contracts|auth|messaging|persistence|common|redaction|transcript-formats|api-client)$':
    '<rootDir>/libs/$1/src',
  '^@callsight/(contracts|auth|messaging|persistence|common|redaction|transcript-formats|api-client)/(.*)$':
    '<rootDir>/libs/$1/src/$2',
};
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };
const base = {
  rootDir: __dirname,
  moduleFileExtensions: ['js', 'json', 'ts'],
  testEnvironment: 'node',
  transform,
  moduleNameMapper,
  setupFiles: ['<rootDir>/test/support/setup-env.ts'],
};

module.exports = {
  testTimeout: 120000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts'] },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/test/**/*.spec.ts'], testTimeout: 120000 },
  ],
};

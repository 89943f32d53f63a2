// CommonJS on purpose: jest.config.ts would need ts-node on Node 20 (see stack-notes P5).
const { readdirSync } = require('node:fs');

// Mirror of tsconfig "paths": every lib is reachable as @app/<name>, through its index only.
const libs = readdirSync(`${__dirname}/libs`);
const moduleNameMapper = Object.fromEntries(
  libs.map((lib) => [`^@app/${lib}$`, `<rootDir>/libs/${lib}/src`]),
);

const swcTs = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];
const swcJs = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'ecmascript' }, target: 'es2023', keepClassNames: true },
    module: { type: 'commonjs' },
  },
];
const common = {
  rootDir: '.',
  moduleFileExtensions: ['js', 'json', 'ts'],
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swcTs, '^.+\\.m?js$': swcJs },
  // Nest 12 is ESM-only; Jest 30 can require(esm) only on Node >= 24.9, so swc compiles it to CJS (stack-notes P1).
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|uid|load-esm|file-type)/)'],
  moduleNameMapper,
};

module.exports = {
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 30000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      roots: ['<rootDir>/libs/', '<rootDir>/apps/'],
      testRegex: '(?<!e2e-)spec\\.ts$',
    },
    { ...common, displayName: 'e2e', roots: ['<rootDir>/test/'], testRegex: '\\.e2e-spec\\.ts$' },
  ],
};

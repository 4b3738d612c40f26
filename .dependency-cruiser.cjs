// The layout the README states, enforced (`npm run lint:deps`, part of `npm run lint` and CI).
// Domain modules: src/ielts, src/results, src/booking, src/fulfillment. Cross-cutting folders: the rest of src.
const DOMAIN = '(ielts|results|booking|fulfillment)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-through-its-service',
      comment: 'A domain module uses another only through what that module exports: its services (and its Nest module, to import it).',
      severity: 'error',
      from: { path: `^src/${DOMAIN}/` },
      to: { path: `^src/${DOMAIN}/`, pathNot: ['^src/$1/', '\\.(service|module)\\.ts$'] },
    },
    {
      name: 'generated-stays-home',
      comment: "A module's generated/ folder is its own: nothing outside the module imports from it.",
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/([^/]+)/generated/', pathNot: ['^src/$1/generated/', '^src/platform/generated/'] },
    },
    {
      name: 'platform-contract-for-its-owners',
      comment: "The platform contract (openapi/platform.yaml) describes the cross-cutting operations; its generated bases are for their controllers in auth (OAuth), errors and health.",
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(auth|errors|health|platform)/' },
      to: { path: '^src/platform/generated/' },
    },
    {
      name: 'auth-owns-its-tables',
      comment: 'Organisations, clients, secrets and tokens are read through auth services (OrganisationsService, ClientCredentialsService), not its entities.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/auth/' },
      to: { path: '^src/auth/entities/' },
    },
    {
      name: 'cross-cutting-knows-no-domain',
      comment: 'Cross-cutting folders (auth, errors, database, jobs, …) serve the domain modules and do not depend on them (each module registers its own entities); the CLI and the demo seed are the composition roots that may.',
      severity: 'error',
      from: { path: '^src/', pathNot: [`^src/${DOMAIN}/`, '^src/(cli|seed)/', '^src/app\\.module\\.ts$'] },
      to: { path: `^src/${DOMAIN}/` },
    },
    {
      name: 'nothing-depends-on-entry-points',
      comment: 'The CLI, the demo seed and the test support are used, never imported by the service code (the seed is started by app.factory).',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/(cli|seed)/', '^src/app\\.factory\\.ts$'] },
      to: { path: '^(src/(cli|seed)/|test/)' },
    },
    {
      name: 'no-circular',
      comment: 'Import cycles make start-up order and module boundaries fragile.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|dist-tools|node_modules)/' },
  },
};

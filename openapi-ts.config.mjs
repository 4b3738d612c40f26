// @hey-api/openapi-ts: the SDK under sdk/src/generated, from the bundled contract that npm run generate writes (openapi/bundled.json).
export default {
  input: './openapi/bundled.json',
  output: { path: './sdk/src/generated' },
  plugins: [
    // Calls throw ApiProblemError on errors (see sdk/src/assessment-client.ts), so `data` is always set.
    { name: '@hey-api/client-fetch', throwOnError: true },
    '@hey-api/sdk',
    '@hey-api/typescript',
  ],
};

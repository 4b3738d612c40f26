import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { shutdownOnSignals } from './lifecycle/shutdown-on-signals.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(78);
    }
    throw error;
  }
  const running = await createApp(config);
  await running.app.listen({ port: config.port, host: config.host });
  const base = config.publicBaseUrl;
  running.logger.info({ url: base, docs: `${base}/docs`, database: running.embedded ? `embedded (${config.dataDir})` : 'DATABASE_URL' }, 'listening');
  if (running.demoSeed?.seeded) printDemoBanner(base, running.demoSeed.clients);
  else if (running.demoSeed) console.log(`\nSandbox ready at ${base}/docs (demo clients as in the README, e.g. demo-ielts-ro / demo-ielts-ro-secret)\n`);
  shutdownOnSignals(running, { drainMs: config.shutdownDrainMs, logger: running.logger });
}

function printDemoBanner(base: string, clients: Array<{ clientId: string; secret: string; purpose: string; scopes: string[] }>): void {
  const lines = [
    '',
    'Demo data seeded. API clients of the sandbox (client id / secret, scopes):',
    ...clients.map((c) => `  ${c.clientId.padEnd(22)} ${c.secret.padEnd(30)} ${c.scopes.join(' ')}  (${c.purpose})`),
    '',
    'Try it:',
    `  curl -u demo-ielts-ro:demo-ielts-ro-secret "${base}/v1/ielts/result-verification?startDateTime=2020-01-01T00:00:00&endDateTime=2100-01-01T00:00:00&photoFlag=N&page=1&limit=5"`,
    `  Swagger UI: ${base}/docs`,
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

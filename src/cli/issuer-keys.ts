import { loadConfig } from '../config/app-config.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { IssuerKeysService } from '../credentials/issuer-keys.service.js';
import { withCliContext } from './cli-context.js';
import { runCommand, UsageError } from './run-command.js';

const USAGE = `Usage: npm run issuer-keys -- list | rotate

  list    The credential-signing keys, the current one first, with when each was retired.
  rotate  A new signing key; the current one is retired from signing and stays published, so what it signed still verifies.`;

// npm run issuer-keys -- list|rotate
runCommand(async () => {
  const command = process.argv[2];
  if (command !== 'list' && command !== 'rotate') throw new UsageError(USAGE);
  await withCliContext(loadConfig(), [CredentialsModule], async (context) => {
    const keys = context.get(IssuerKeysService);
    if (command === 'rotate') console.log(`new signing key: ${await keys.rotate()}`);
    for (const key of await keys.published()) console.log(`${key.kid}  ${key.retired_at ? `retired ${key.retired_at.toISOString()}` : 'current'}`);
  });
  return 0;
});

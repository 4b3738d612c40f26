import { ConfigError, loadConfig } from '../config/app-config.js';
import { AuthDirectoryModule } from '../auth/auth-directory.module.js';
import { withCliContext } from './cli-context.js';
import { runClientsCommand, UsageError } from './clients-command.js';

// npm run clients -- create|list|rotate|disable|enable ...
async function main(): Promise<number> {
  try {
    const config = loadConfig();
    await withCliContext(config, [AuthDirectoryModule], (context) => runClientsCommand(process.argv.slice(2), context, config, (line) => console.log(line)));
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

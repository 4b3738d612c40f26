import { loadConfig } from '../config/app-config.js';
import { AuthDirectoryModule } from '../auth/auth-directory.module.js';
import { withCliContext } from './cli-context.js';
import { runClientsCommand } from './clients-command.js';
import { runCommand } from './run-command.js';

// npm run clients -- create|list|rotate|disable|enable ...
runCommand(async () => {
  const config = loadConfig();
  await withCliContext(config, [AuthDirectoryModule], (context) => runClientsCommand(process.argv.slice(2), context, config, (line) => console.log(line)));
  return 0;
});

import { ConfigError } from '../config/app-config.js';

/** A mistake in how a command was called: its message is the usage, and it exits 2. */
export class UsageError extends Error {}

/**
 * Runs a command-line tool and exits with the code it answers: a bad setting or call prints its
 * message and exits 2, anything else unexpected prints its message and exits 1.
 */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(error instanceof UsageError || error instanceof ConfigError ? 2 : 1);
    },
  );
}

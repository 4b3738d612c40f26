import { ApiError } from '../errors/api-error.js';
import type { AppConfig } from './app-config.js';

/** The sandbox's operations that make events happen exist on a sandbox only (SANDBOX); elsewhere they answer as missing. */
export function assertSandbox(config: AppConfig): void {
  if (!config.sandbox) throw new ApiError(70404, 'This operation exists on the sandbox only (the setting SANDBOX=true).');
}

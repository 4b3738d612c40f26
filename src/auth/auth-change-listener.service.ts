import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PgNotifications } from '../database/pg-notifications.service.js';
import { AccessTokenService } from './access-token.service.js';
import { ClientCredentialsService } from './client-credentials.service.js';

/**
 * Drops this process's credential caches whenever `auth_changed` announces a change to clients,
 * secrets or token revocations (see the migration that fires it), so a revocation, a disabled
 * client or a rotated secret holds in every process at once; also after the listening connection
 * comes back, since a change may have been missed. AUTH_CACHE_TTL_MS is only the fallback.
 */
@Injectable()
export class AuthChangeListener implements OnModuleInit {
  constructor(
    private readonly notifications: PgNotifications,
    private readonly credentials: ClientCredentialsService,
    private readonly tokens: AccessTokenService,
  ) {}

  onModuleInit(): void {
    const forget = () => {
      this.credentials.forgetCached();
      this.tokens.forgetCached();
    };
    this.notifications.listen('auth_changed', forget);
    this.notifications.onReconnect(forget);
  }
}

import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DailyQuotaGuard } from '../quota/daily-quota.guard.js';
import { QuotaModule } from '../quota/quota.module.js';
import { AccessTokenService } from './access-token.service.js';
import { AuthChangeListener } from './auth-change-listener.service.js';
import { AuthFailureThrottle } from './auth-failure-throttle.service.js';
import { ApiAuthGuard } from './api-auth.guard.js';
import { ClientCredentialsService } from './client-credentials.service.js';
import { OAuthController } from './oauth.controller.js';

@Module({
  imports: [QuotaModule],
  controllers: [OAuthController],
  providers: [
    ClientCredentialsService,
    AccessTokenService,
    AuthChangeListener,
    AuthFailureThrottle,
    // Global guards run in the order they are registered: who the client is, then its quota.
    { provide: APP_GUARD, useClass: ApiAuthGuard },
    { provide: APP_GUARD, useClass: DailyQuotaGuard },
  ],
  exports: [ClientCredentialsService, AccessTokenService],
})
export class AuthModule {}

import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
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
  providers: [ClientCredentialsService, AccessTokenService, AuthChangeListener, AuthFailureThrottle, { provide: APP_GUARD, useClass: ApiAuthGuard }],
  exports: [ClientCredentialsService, AccessTokenService],
})
export class AuthModule {}

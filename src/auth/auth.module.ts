import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { QuotaModule } from '../quota/quota.module.js';
import { AccessTokenService } from './access-token.service.js';
import { AuthChangeListener } from './auth-change-listener.service.js';
import { AuthFailureThrottle } from './auth-failure-throttle.service.js';
import { ApiAuthGuard } from './api-auth.guard.js';
import { BasicAuthStrategy } from './basic-auth.strategy.js';
import { BearerAuthStrategy } from './bearer-auth.strategy.js';
import { ClientCredentialsService } from './client-credentials.service.js';
import { OAuthController } from './oauth.controller.js';

@Module({
  imports: [PassportModule.register({ session: false }), QuotaModule],
  controllers: [OAuthController],
  providers: [ClientCredentialsService, AccessTokenService, AuthChangeListener, AuthFailureThrottle, BasicAuthStrategy, BearerAuthStrategy, { provide: APP_GUARD, useClass: ApiAuthGuard }],
  exports: [ClientCredentialsService, AccessTokenService],
})
export class AuthModule {}

import { Module } from '@nestjs/common';
import { AccessTokenService } from './access-token.service.js';
import { AuthChangeListener } from './auth-change-listener.service.js';
import { AuthFailureThrottle } from './auth-failure-throttle.service.js';
import { ClientCredentialsService } from './client-credentials.service.js';
import { OAuthController } from './oauth.controller.js';
import { RequestAuthenticator } from './request-authenticator.js';

@Module({
  controllers: [OAuthController],
  providers: [ClientCredentialsService, AccessTokenService, AuthChangeListener, AuthFailureThrottle, RequestAuthenticator],
  exports: [ClientCredentialsService, AccessTokenService, RequestAuthenticator],
})
export class AuthModule {}

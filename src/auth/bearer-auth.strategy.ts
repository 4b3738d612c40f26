import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import type { AuthenticatedClient } from './authenticated-client.js';
import { AccessTokenService } from './access-token.service.js';

/** `Authorization: Bearer <token>`, with a token from POST /oauth/token. */
@Injectable()
export class BearerAuthStrategy extends PassportStrategy(Strategy, 'bearer') {
  constructor(private readonly tokens: AccessTokenService) {
    super({ realm: 'assessment-api' });
  }

  validate(token: string): Promise<AuthenticatedClient> {
    return this.tokens.verify(token);
  }
}

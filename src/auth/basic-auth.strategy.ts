import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { BasicStrategy } from 'passport-http';
import type { AuthenticatedClient } from './authenticated-client.js';
import { ClientCredentialsService } from './client-credentials.service.js';

/** `Authorization: Basic base64(clientId:clientSecret)`, as the IELTS seed describes. */
@Injectable()
export class BasicAuthStrategy extends PassportStrategy(BasicStrategy, 'basic') {
  constructor(private readonly credentials: ClientCredentialsService) {
    super({ realm: 'assessment-api', passReqToCallback: true });
  }

  validate(request: FastifyRequest, clientId: string, clientSecret: string): Promise<AuthenticatedClient> {
    return this.credentials.verify(clientId, clientSecret, request.ip);
  }
}

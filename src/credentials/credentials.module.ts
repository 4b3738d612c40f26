import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecretBoxModule } from '../common/secret-box.module.js';
import { CredentialIssuer } from './credential-issuer.service.js';
import { CredentialVerifier } from './credential-verifier.service.js';
import { CREDENTIALS_ENTITIES } from './credentials.entities.js';
import { CredentialsController } from './credentials.controller.js';
import { IssuerKeysService } from './issuer-keys.service.js';
import { StatusListDocument } from './status-list-document.service.js';
import { StatusListsService } from './status-lists.service.js';

/**
 * Verifiable result credentials: the issuer's keys, revocation status lists, issuing and revoking
 * (for the modules whose results they state), and verification for anyone.
 */
@Module({
  imports: [TypeOrmModule.forFeature(CREDENTIALS_ENTITIES), SecretBoxModule],
  controllers: [CredentialsController],
  providers: [IssuerKeysService, StatusListsService, StatusListDocument, CredentialIssuer, CredentialVerifier],
  exports: [CredentialIssuer, IssuerKeysService],
})
export class CredentialsModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiClientsService } from './api-clients.service.js';
import { ApiClientEntity } from './entities/api-client.entity.js';
import { OrganisationEntity } from './entities/organisation.entity.js';
import { OrganisationsService } from './organisations.service.js';

/**
 * The organisations and API clients auth owns, for the modules that need them, the clients command
 * and the demo seed. (ApiAuthGuard, tokens and the throttle are AuthModule's.)
 */
@Module({
  // The entities describe auth's tables for the migrations check; the services own their SQL.
  imports: [TypeOrmModule.forFeature([OrganisationEntity, ApiClientEntity])],
  providers: [OrganisationsService, ApiClientsService],
  exports: [OrganisationsService, ApiClientsService],
})
export class AuthDirectoryModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiClientEntity } from './entities/api-client.entity.js';
import { OrganisationEntity } from './entities/organisation.entity.js';
import { OrganisationsService } from './organisations.service.js';

/** What other modules may use of the organisations auth owns. */
@Module({
  // Auth's tables with entities; the module that exports the organisations service owns them.
  imports: [TypeOrmModule.forFeature([OrganisationEntity, ApiClientEntity])],
  providers: [OrganisationsService],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}

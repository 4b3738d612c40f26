import { Module } from '@nestjs/common';
import { OrganisationsService } from './organisations.service.js';

/** What other modules may use of the organisations auth owns. */
@Module({
  providers: [OrganisationsService],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}

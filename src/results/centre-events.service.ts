import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OrganisationsService } from '../auth/organisations.service.js';
import { EventOutbox } from '../events/event-outbox.service.js';
import type { EventType } from '../events/event-types.js';

/**
 * Results events go to the centre the candidate sat at: the organisation of kind `centre` whose
 * code is the centre id. A centre with no organisation here has no client to tell.
 */
@Injectable()
export class CentreEvents {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly outbox: EventOutbox,
  ) {}

  async record(manager: EntityManager, centreId: string, type: EventType, resourceKey: string, data: unknown): Promise<void> {
    const centre = await this.organisations.findByCode(centreId, { kind: 'centre', manager });
    if (centre) await this.outbox.record(manager, { organisationId: centre.id, type, resourceKey, data });
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiError } from '../errors/api-error.js';
import { OrganisationEntity } from './entities/organisation.entity.js';
import type { OrganisationKind } from './organisation-kind.js';

/** An organisation as other modules see it. */
export interface Organisation {
  id: string;
  code: string;
  name: string;
  kind: OrganisationKind;
}

const KIND_NAMES: Record<OrganisationKind, string> = {
  recognising_organisation: 'Recognising Organisation',
  centre: 'centre',
  local_administrator: 'Local Administrator',
  exam_board: 'exam board',
};

/**
 * The organisations clients act for. Auth owns the table; every other module, the CLI and the demo
 * seed read and write it through here, so "not found" is said one way everywhere.
 */
@Injectable()
export class OrganisationsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The organisation with this code (of this kind, when given), or 404/70404. `manager`: inside that transaction. */
  async requireByCode(code: string, options: { kind?: OrganisationKind; manager?: EntityManager } = {}): Promise<Organisation> {
    const repository = (options.manager ?? this.dataSource.manager).getRepository(OrganisationEntity);
    const organisation = await repository.findOneBy(options.kind ? { code, kind: options.kind } : { code });
    if (!organisation) throw new ApiError(70404, `No ${options.kind ? KIND_NAMES[options.kind] : 'organisation'} has the code ${code}.`);
    return organisation;
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiError } from '../errors/api-error.js';
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
 * seed read and write it through here, so "not found" is said one way everywhere. `manager`: work
 * inside the caller's transaction.
 */
@Injectable()
export class OrganisationsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The organisation with this code (of this kind, when given), or undefined. */
  async findByCode(code: string, options: { kind?: OrganisationKind; manager?: EntityManager } = {}): Promise<Organisation | undefined> {
    const rows: Organisation[] = await (options.manager ?? this.dataSource.manager).query(
      'SELECT id, code, name, kind FROM organisations WHERE code = $1 AND ($2::text IS NULL OR kind = $2)',
      [code, options.kind ?? null],
    );
    return rows[0];
  }

  /** The organisation with this code (of this kind, when given), or 404/70404. */
  async requireByCode(code: string, options: { kind?: OrganisationKind; manager?: EntityManager } = {}): Promise<Organisation> {
    const organisation = await this.findByCode(code, options);
    if (!organisation) throw new ApiError(70404, `No ${options.kind ? KIND_NAMES[options.kind] : 'organisation'} has the code ${code}.`);
    return organisation;
  }

  async create(input: Omit<Organisation, 'id'> & { id?: string }, manager: EntityManager = this.dataSource.manager): Promise<Organisation> {
    const organisation = { id: input.id ?? randomUUID(), code: input.code, name: input.name, kind: input.kind };
    await manager.query('INSERT INTO organisations (id, code, name, kind) VALUES ($1, $2, $3, $4)', [
      organisation.id,
      organisation.code,
      organisation.name,
      organisation.kind,
    ]);
    return organisation;
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Registration, RegistrationCriteria, RegistrationPage, RegistrationSearch } from './generated/booking.dto.js';
import { registrationNotFound } from './booking-rules.js';
import { registrationViews } from './booking-views.js';

export const DEFAULT_PAGE_SIZE = 50;

/** Reads one organisation's registrations; count and search share one filter, so they agree. */
@Injectable()
export class RegistrationQueryService {
  constructor(private readonly dataSource: DataSource) {}

  /** One snapshot for the check and the read, so a concurrent DELETE gives 404 or the whole registration, never half of one. */
  async get(organisationId: string, registrationId: string): Promise<Registration> {
    const view = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [{ n }] = await manager.query('SELECT count(*)::int AS n FROM booking_registrations WHERE id = $1 AND organisation_id = $2', [
        registrationId,
        organisationId,
      ]);
      return n === 0 ? undefined : (await registrationViews(manager, [registrationId]))[0];
    });
    if (!view) throw registrationNotFound();
    return view;
  }

  count(organisationId: string, criteria: RegistrationCriteria): Promise<number> {
    return countMatching(this.dataSource.manager, organisationId, criteria);
  }

  /** The page, its registrations and the total from one snapshot, so they agree under concurrent changes. */
  async search(organisationId: string, search: RegistrationSearch): Promise<RegistrationPage> {
    const page = search.Page ?? 1;
    const pageSize = search.PageSize ?? DEFAULT_PAGE_SIZE;
    const { where, params } = filter(organisationId, search);
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const rows: Array<{ id: string }> = await manager.query(
        `SELECT r.id FROM booking_registrations r JOIN booking_learners l ON l.id = r.learner_id ${where}
          ORDER BY r.last_change_at, r.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, pageSize, (page - 1) * pageSize],
      );
      const total = await countMatching(manager, organisationId, search);
      return {
        Registrations: await registrationViews(
          manager,
          rows.map((row) => row.id),
        ),
        Page: page,
        PageSize: pageSize,
        TotalCount: total,
      };
    });
  }
}

async function countMatching(manager: EntityManager, organisationId: string, criteria: RegistrationCriteria): Promise<number> {
  const { where, params } = filter(organisationId, criteria);
  const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM booking_registrations r JOIN booking_learners l ON l.id = r.learner_id ${where}`, params);
  return n;
}

function filter(organisationId: string, criteria: RegistrationCriteria): { where: string; params: unknown[] } {
  const conditions = ['r.organisation_id = $1'];
  const params: unknown[] = [organisationId];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    conditions.push(sql.replace('?', `$${params.length}`));
  };
  if (criteria.Name) add("l.name ILIKE '%' || ? || '%'", escapeLike(criteria.Name));
  if (criteria.Email) add("l.email ILIKE '%' || ? || '%'", escapeLike(criteria.Email));
  if (criteria.Code) add('l.code = ?', criteria.Code);
  if (criteria.LastChangeTimeSince) add('r.last_change_at >= ?', new Date(criteria.LastChangeTimeSince));
  if (criteria.LastChangeTimeBefore) add('r.last_change_at < ?', new Date(criteria.LastChangeTimeBefore));
  return { where: `WHERE ${conditions.join(' AND ')}`, params };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

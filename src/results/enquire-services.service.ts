import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedClient } from '../auth/authenticated-client.js';
import { ApiError, type FieldProblem } from '../errors/api-error.js';
import type { EnquireServicesPath, EnquireServicesQuery, EnquireServicesResponse } from './generated/results.dto.js';
import { assertCentreAccess, visibleCentre } from './centre-access.js';

const STREAM_PARAMETERS: Record<string, Array<keyof EnquireServicesQuery>> = {
  '01': ['qualificationGroupId'],
  '02': ['resultDateType', 'centreId', 'offset', 'limit'],
};
const REQUIRED: Record<string, keyof EnquireServicesQuery> = { '01': 'qualificationGroupId', '02': 'resultDateType' };
const DEFAULT_LIMIT = 100;

/** The seed's first operation: OCR results data (stream 01), or CI result issue and release dates (stream 02). */
@Injectable()
export class EnquireServicesService {
  constructor(private readonly dataSource: DataSource) {}

  async enquire(client: AuthenticatedClient, path: EnquireServicesPath, query: EnquireServicesQuery): Promise<EnquireServicesResponse> {
    const stream = path.businessStreamId;
    const allowed = STREAM_PARAMETERS[stream];
    if (!allowed) {
      throw new ApiError(60001, `Business stream ${stream} offers no enquire services; use 01 (results data) or 02 (result dates).`, {
        details: [{ location: 'path', field: 'businessStreamId', message: 'must be 01 or 02 for enquireServices' }],
      });
    }
    const problems: FieldProblem[] = Object.keys(query)
      .filter((name) => query[name as keyof EnquireServicesQuery] !== undefined && !allowed.includes(name as keyof EnquireServicesQuery))
      .map((field) => ({ location: 'query', field, message: `${field} does not apply to business stream ${stream}` }));
    if (query[REQUIRED[stream]] === undefined) problems.push({ location: 'query', field: REQUIRED[stream], message: `${REQUIRED[stream]} is required for business stream ${stream}` });
    if (problems.length) throw new ApiError(60001, problems.map((p) => p.message).join('; '), { details: problems });
    return stream === '01' ? this.resultsData(client, path, query.qualificationGroupId!) : this.resultDates(client, path, query);
  }

  private async resultsData(client: AuthenticatedClient, path: EnquireServicesPath, groupId: string): Promise<EnquireServicesResponse> {
    const centre = visibleCentre(client);
    const qualifications = await this.dataSource.query(
      'SELECT qualification_id, title FROM results_qualifications WHERE business_stream_id = $1 AND qualification_group_id = $2 ORDER BY qualification_id',
      [path.businessStreamId, groupId],
    );
    const entries = await this.dataSource.query(
      `SELECT centre_id, candidate_number, candidate_name, qualification_id, assessment_code, grade, components FROM results_entries
        WHERE business_stream_id = $1 AND session_id = $2 AND qualification_id = ANY($3) AND ($4::text IS NULL OR centre_id = $4)
        ORDER BY centre_id, candidate_number, assessment_code`,
      [path.businessStreamId, path.sessionId, qualifications.map((q: { qualification_id: string }) => q.qualification_id), centre],
    );
    const [session] = await this.dataSource.query('SELECT session_name FROM results_sessions WHERE business_stream_id = $1 AND session_id = $2', [path.businessStreamId, path.sessionId]);
    return {
      businessStreamId: path.businessStreamId,
      sessionId: path.sessionId,
      resultsData: {
        qualificationGroupId: groupId,
        session: { sessionId: path.sessionId, sessionName: session?.session_name ?? null },
        centres: [...new Set<string>(entries.map((e: { centre_id: string }) => e.centre_id))],
        qualifications: qualifications.map((q: Record<string, string>) => ({ qualificationId: q.qualification_id, title: q.title })),
        entries: entries.map((e: Record<string, any>) => ({
          centreId: e.centre_id, candidateNumber: e.candidate_number, candidateName: e.candidate_name, qualificationId: e.qualification_id,
          assessmentCode: e.assessment_code, grade: e.grade, components: e.components,
        })),
      },
    };
  }

  private async resultDates(client: AuthenticatedClient, path: EnquireServicesPath, query: EnquireServicesQuery): Promise<EnquireServicesResponse> {
    const type = query.resultDateType!;
    if (query.centreId) assertCentreAccess(client, query.centreId);
    // A centre's client always gets its own centre; a board's gets the centre asked for, or all.
    const centre = visibleCentre(client) ?? query.centreId ?? null;
    const offset = query.offset ?? 0;
    const limit = query.limit ?? DEFAULT_LIMIT;
    // Release dates are per assessment, not per centre: a centre filter narrows issue dates only.
    const centreFilter = type === 'issue' ? centre : null;
    const where = 'WHERE business_stream_id = $1 AND session_id = $2 AND result_date_type = $3 AND ($4::text IS NULL OR centre_id = $4)';
    const params = [path.businessStreamId, path.sessionId, type, centreFilter];
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM results_result_dates ${where}`, params);
    const rows = await this.dataSource.query(`SELECT assessment_code, centre_id, date, embargo_until FROM results_result_dates ${where} ORDER BY date, assessment_code, centre_id, id LIMIT $5 OFFSET $6`, [...params, limit, offset]);
    return {
      businessStreamId: path.businessStreamId,
      sessionId: path.sessionId,
      resultDateType: type,
      resultDates: rows.map((r: Record<string, any>) => ({ assessmentCode: r.assessment_code, centreId: r.centre_id, date: r.date.toISOString(), embargoUntil: r.embargo_until ? r.embargo_until.toISOString() : null })),
      total,
      offset,
      limit,
    };
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { AuthenticatedClient } from '../auth/authenticated-client.js';
import { ApiError } from '../errors/api-error.js';
import type { EnquireServicesPath, EnquireServicesQuery, EnquireServicesResponse } from './generated/results.dto.js';
import { assertCentreAccess, visibleCentre } from './centre-access.js';
import { QualificationEntity } from './entities/qualification.entity.js';
import { ResultDateEntity } from './entities/result-date.entity.js';
import { ResultsEntryEntity } from './entities/results-entry.entity.js';
import { ResultsSessionEntity } from './entities/results-session.entity.js';

const REQUIRED: Record<string, keyof EnquireServicesQuery> = { '01': 'qualificationGroupId', '02': 'resultDateType' };
const DEFAULT_LIMIT = 100;

/** The seed's first operation: OCR results data (stream 01), or CI result issue and release dates (stream 02). */
@Injectable()
export class EnquireServicesService {
  constructor(private readonly dataSource: DataSource) {}

  async enquire(client: AuthenticatedClient, path: EnquireServicesPath, query: EnquireServicesQuery): Promise<EnquireServicesResponse> {
    const stream = path.businessStreamId;
    if (!REQUIRED[stream]) {
      throw new ApiError(60001, `Business stream ${stream} offers no enquire services; use 01 (results data) or 02 (result dates).`, {
        details: [{ location: 'path', field: 'businessStreamId', message: 'must be 01 or 02 for enquireServices' }],
      });
    }
    // The other stream's parameters are ignored, as the contract says: generated clients and contract
    // suites send every optional parameter they know of.
    const required = REQUIRED[stream];
    if (query[required] === undefined) {
      const message = `${required} is required for business stream ${stream}`;
      throw new ApiError(60001, message, { details: [{ location: 'query', field: required, message }] });
    }
    return stream === '01' ? this.resultsData(client, path, query.qualificationGroupId!) : this.resultDates(client, path, query);
  }

  private async resultsData(client: AuthenticatedClient, path: EnquireServicesPath, groupId: string): Promise<EnquireServicesResponse> {
    const centre = visibleCentre(client);
    const qualifications = await this.dataSource.getRepository(QualificationEntity).find({
      where: { businessStreamId: path.businessStreamId, qualificationGroupId: groupId },
      order: { qualificationId: 'ASC' },
    });
    const entries =
      qualifications.length === 0
        ? []
        : await this.dataSource.getRepository(ResultsEntryEntity).find({
            where: {
              businessStreamId: path.businessStreamId,
              sessionId: path.sessionId,
              qualificationId: In(qualifications.map((q) => q.qualificationId)),
              ...(centre ? { centreId: centre } : {}),
            },
            order: { centreId: 'ASC', candidateNumber: 'ASC', assessmentCode: 'ASC' },
          });
    const session = await this.dataSource.getRepository(ResultsSessionEntity).findOneBy({ businessStreamId: path.businessStreamId, sessionId: path.sessionId });
    return {
      businessStreamId: path.businessStreamId,
      sessionId: path.sessionId,
      resultsData: {
        qualificationGroupId: groupId,
        session: { sessionId: path.sessionId, sessionName: session?.sessionName ?? null },
        centres: [...new Set(entries.map((e) => e.centreId))],
        qualifications: qualifications.map((q) => ({ qualificationId: q.qualificationId, title: q.title })),
        entries: entries.map((e) => ({
          centreId: e.centreId,
          candidateNumber: e.candidateNumber,
          candidateName: e.candidateName,
          qualificationId: e.qualificationId,
          assessmentCode: e.assessmentCode,
          grade: e.grade,
          components: e.components,
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
    const [rows, total] = await this.dataSource.getRepository(ResultDateEntity).findAndCount({
      where: { businessStreamId: path.businessStreamId, sessionId: path.sessionId, resultDateType: type, ...(centreFilter ? { centreId: centreFilter } : {}) },
      order: { date: 'ASC', assessmentCode: 'ASC', centreId: 'ASC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return {
      businessStreamId: path.businessStreamId,
      sessionId: path.sessionId,
      resultDateType: type,
      resultDates: rows.map((r) => ({
        assessmentCode: r.assessmentCode,
        centreId: r.centreId,
        date: r.date.toISOString(),
        embargoUntil: r.embargoUntil?.toISOString() ?? null,
      })),
      total,
      offset,
      limit,
    };
  }
}

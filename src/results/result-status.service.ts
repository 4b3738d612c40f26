import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { AuthenticatedClient } from '../auth/authenticated-client.js';
import { ApiError } from '../errors/api-error.js';
import { CandidateResultEntity } from './entities/candidate-result.entity.js';
import { QualificationEntity } from './entities/qualification.entity.js';
import { QuestionPaperEntity } from './entities/question-paper.entity.js';
import { ResultDateEntity } from './entities/result-date.entity.js';
import { ResultEnquiryEntity } from './entities/result-enquiry.entity.js';
import { ResultsEntryEntity } from './entities/results-entry.entity.js';
import { ResultsSessionEntity } from './entities/results-session.entity.js';
import type {
  CandidateResultStatus,
  GetCandidateResultStatusPath,
  GetQuestionPapersQuery,
  GetResultEnquiryStatusPath,
  QuestionPaper,
  ResultEnquiryStatus,
  ResultsLoad,
  ResultsLoadOutcome,
  SessionResultStatus,
} from './generated/results.dto.js';
import { assertCentreAccess } from './centre-access.js';
import { CentreEvents } from './centre-events.service.js';
import { CredentialIssuer } from '../credentials/credential-issuer.service.js';
import { candidateKey, candidateResultKey } from './candidate-result-key.js';
import { takeTransactionLock } from '../database/transaction-lock.js';
import { ProcessTurns } from '../database/process-turns.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';

const RESULTS_LOAD_LOCK = 'results-load';

/** Result statuses, enquiries, session statuses and question papers, and the provider's load of them. */
@Injectable()
export class ResultStatusService {
  private readonly loadTurns: ProcessTurns;

  constructor(
    private readonly dataSource: DataSource,
    private readonly centreEvents: CentreEvents,
    private readonly credentials: CredentialIssuer,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.loadTurns = new ProcessTurns(
      config.dbStatementTimeoutMs,
      () => new ApiError(70504, `Results loads take turns, and those ahead of this one did not finish within ${config.dbStatementTimeoutMs} ms.`),
    );
  }

  async candidateResult(client: AuthenticatedClient, p: GetCandidateResultStatusPath): Promise<CandidateResultStatus> {
    assertCentreAccess(client, p.centreId);
    const row = await this.dataSource.getRepository(CandidateResultEntity).findOneBy({ ...p });
    if (!row)
      throw new ApiError(70404, `No result of candidate ${p.candidateNumber} at centre ${p.centreId} for ${p.assessmentCode} in session ${p.sessionId}.`);
    return candidateResultView(row);
  }

  async enquiry(client: AuthenticatedClient, p: GetResultEnquiryStatusPath): Promise<ResultEnquiryStatus> {
    assertCentreAccess(client, p.centreId);
    const row = await this.dataSource.getRepository(ResultEnquiryEntity).findOne({ where: { ...p }, order: { createdAt: 'DESC' } });
    if (!row) throw new ApiError(70404, `No enquiry about results for candidate ${p.candidateNumber}, ${p.assessmentCode}/${p.componentId}.`);
    return enquiryView(row);
  }

  async session(businessStreamId: string, sessionId: string): Promise<SessionResultStatus> {
    const row = await this.dataSource.getRepository(ResultsSessionEntity).findOneBy({ businessStreamId, sessionId });
    if (!row) throw new ApiError(70404, `No session ${sessionId} in business stream ${businessStreamId}.`);
    return {
      businessStreamId,
      sessionId,
      sessionName: row.sessionName,
      resultStatus: row.resultStatus as SessionResultStatus['resultStatus'],
      releaseDate: row.releaseDate?.toISOString() ?? null,
    };
  }

  async questionPapers(businessStreamId: string, q: GetQuestionPapersQuery): Promise<QuestionPaper[]> {
    const rows = await this.dataSource.getRepository(QuestionPaperEntity).find({
      where: {
        businessStreamId,
        sessionId: q.sessionId,
        assessmentCode: q.assessmentCode,
        ...(q.assessmentVersion ? { assessmentVersion: q.assessmentVersion } : {}),
        ...(q.componentId ? { componentId: q.componentId } : {}),
      },
      order: { assessmentVersion: 'ASC', componentId: 'ASC' },
    });
    return rows.map((r) => ({
      qpIdentifier: r.qpIdentifier,
      title: r.title,
      sessionId: r.sessionId,
      assessmentCode: r.assessmentCode,
      assessmentVersion: r.assessmentVersion,
      componentId: r.componentId,
    }));
  }

  /**
   * Upserts everything in one transaction; an enquiry whose status changes gains a history entry.
   * A result issued (or its issued grade changed) and an enquiry made or moved are events for the
   * candidate's centre, recorded in the same transaction.
   */
  load(load: ResultsLoad): Promise<ResultsLoadOutcome> {
    // Loads take turns in this process before they take a connection, so that only one of them
    // holds a connection waiting on the lock below (ProcessTurns).
    return this.loadTurns.run(RESULTS_LOAD_LOCK, () => this.loadInTurn(load));
  }

  private loadInTurn(load: ResultsLoad): Promise<ResultsLoadOutcome> {
    return this.dataSource.transaction(async (m) => {
      // Loads take turns, in every process: each row is read, then saved, so two loads of a new row
      // at once both found none and the second failed on its key. A load is the provider's batch
      // (and the sandbox's single row); waiting for the one before costs nothing a reader sees.
      await takeTransactionLock(m, RESULTS_LOAD_LOCK);
      for (const r of load.candidateResults ?? []) {
        const repository = m.getRepository(CandidateResultEntity);
        const key = candidateKey(r);
        const before = await repository.findOne({ where: key, lock: { mode: 'pessimistic_write' } });
        const after = await repository.save({ ...r, grade: r.grade ?? null, issuedAt: r.issuedAt ? new Date(r.issuedAt) : null });
        const issued = after.resultStatus === 'Issued' && (before?.resultStatus !== 'Issued' || before.grade !== after.grade);
        // A credential states an issued grade: once the status or grade moves, it is revoked.
        if (before && (before.resultStatus !== after.resultStatus || before.grade !== after.grade)) {
          await this.credentials.revoke(m, candidateResultKey(key), after.resultStatus === 'Issued' ? 'superseded' : 'cancelled');
        }
        if (issued) await this.centreEvents.record(m, r.centreId, 'results.result.issued', candidateResultKey(key), candidateResultView(after));
      }
      for (const e of load.enquiries ?? []) {
        const changed = await upsertEnquiry(m, e);
        if (changed) await this.centreEvents.record(m, e.centreId, 'results.enquiry.updated', `results.enquiry:${e.enquiryReference}`, enquiryView(changed));
      }
      for (const s of load.sessions ?? []) {
        await m.getRepository(ResultsSessionEntity).save({ ...s, releaseDate: s.releaseDate ? new Date(s.releaseDate) : null });
      }
      for (const qp of load.questionPapers ?? []) await m.getRepository(QuestionPaperEntity).save({ ...qp });
      for (const qualification of load.qualifications ?? []) await m.getRepository(QualificationEntity).save({ ...qualification });
      for (const e of load.entries ?? []) {
        const components = (e.components ?? []).map((c) => ({
          componentId: c.componentId,
          mark: c.mark ?? null,
          maxMark: c.maxMark ?? null,
          grade: c.grade ?? null,
        }));
        await m.getRepository(ResultsEntryEntity).save({ ...e, grade: e.grade ?? null, components });
      }
      for (const [index, d] of (load.resultDates ?? []).entries()) {
        if ((d.resultDateType === 'issue') !== (d.centreId !== undefined)) {
          const message = d.resultDateType === 'issue' ? 'an issue date needs its centreId' : 'a release date has no centreId';
          throw new ApiError(60002, message, { details: [{ location: 'body', field: `resultDates.${index}.centreId`, message }] });
        }
        await upsertResultDate(m, d);
      }
      return {
        qualifications: load.qualifications?.length ?? 0,
        entries: load.entries?.length ?? 0,
        resultDates: load.resultDates?.length ?? 0,
        candidateResults: load.candidateResults?.length ?? 0,
        enquiries: load.enquiries?.length ?? 0,
        sessions: load.sessions?.length ?? 0,
        questionPapers: load.questionPapers?.length ?? 0,
      };
    });
  }
}

type EnquiryInput = NonNullable<ResultsLoad['enquiries']>[number];
type ResultDateInput = NonNullable<ResultsLoad['resultDates']>[number];

/** The enquiry as saved when it is new or its status changed; undefined when nothing changed that a centre is told of. */
async function upsertEnquiry(m: EntityManager, e: EnquiryInput): Promise<ResultEnquiryEntity | undefined> {
  const repository = m.getRepository(ResultEnquiryEntity);
  const key = { ...candidateKey(e), componentId: e.componentId, enquiryReference: e.enquiryReference };
  const current = await repository.findOne({ where: key, lock: { mode: 'pessimistic_write' } });
  const change = { status: e.status, at: new Date().toISOString() };
  const history = !current ? [change] : current.status === e.status ? current.history : [...current.history, change];
  const saved = await repository.save({ ...key, serviceType: e.serviceType, status: e.status, history });
  return !current || current.status !== e.status ? saved : undefined;
}

/** A candidate's result as getCandidateResultStatus answers it: the grade is shown only once it is issued. */
function candidateResultView(row: CandidateResultEntity): CandidateResultStatus {
  const issued = row.resultStatus === 'Issued';
  return {
    ...candidateKey(row),
    resultStatus: row.resultStatus as CandidateResultStatus['resultStatus'],
    grade: issued ? row.grade : null,
    issuedAt: issued && row.issuedAt ? new Date(row.issuedAt).toISOString() : null,
  };
}

function enquiryView(row: ResultEnquiryEntity): ResultEnquiryStatus {
  return {
    ...candidateKey(row),
    componentId: row.componentId,
    enquiryReference: row.enquiryReference,
    serviceType: row.serviceType as ResultEnquiryStatus['serviceType'],
    status: row.status as ResultEnquiryStatus['status'],
    history: row.history as ResultEnquiryStatus['history'],
  };
}

/** Issue dates are unique per centre, release dates per assessment (a NULL centre): matched by hand. */
async function upsertResultDate(m: EntityManager, d: ResultDateInput): Promise<void> {
  const repository = m.getRepository(ResultDateEntity);
  const current = await repository.findOne({
    where: {
      businessStreamId: d.businessStreamId,
      sessionId: d.sessionId,
      resultDateType: d.resultDateType,
      assessmentCode: d.assessmentCode,
      centreId: d.centreId ?? IsNull(),
    },
    lock: { mode: 'pessimistic_write' },
  });
  await repository.save({
    ...(current ? { id: current.id } : {}),
    businessStreamId: d.businessStreamId,
    sessionId: d.sessionId,
    resultDateType: d.resultDateType,
    centreId: d.centreId ?? null,
    assessmentCode: d.assessmentCode,
    date: new Date(d.date),
    embargoUntil: d.embargoUntil ? new Date(d.embargoUntil) : null,
  });
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedClient } from '../auth/authenticated-client.js';
import { ApiError } from '../errors/api-error.js';
import type {
  CandidateResultStatus, GetCandidateResultStatusPath, GetQuestionPapersQuery, GetResultEnquiryStatusPath, QuestionPaper, ResultEnquiryStatus,
  ResultsLoad, ResultsLoadOutcome, SessionResultStatus,
} from './generated/results.dto.js';
import { assertCentreAccess } from './centre-access.js';

/** Result statuses, enquiries, session statuses and question papers, and the provider's load of them. */
@Injectable()
export class ResultStatusService {
  constructor(private readonly dataSource: DataSource) {}

  async candidateResult(client: AuthenticatedClient, p: GetCandidateResultStatusPath): Promise<CandidateResultStatus> {
    assertCentreAccess(client, p.centreId);
    const [row] = await this.dataSource.query(
      `SELECT result_status, grade, issued_at FROM results_candidate_results
        WHERE business_stream_id = $1 AND session_id = $2 AND centre_id = $3 AND candidate_number = $4 AND assessment_code = $5`,
      [p.businessStreamId, p.sessionId, p.centreId, p.candidateNumber, p.assessmentCode],
    );
    if (!row) throw new ApiError(70404, `No result of candidate ${p.candidateNumber} at centre ${p.centreId} for ${p.assessmentCode} in session ${p.sessionId}.`);
    // A grade is shown only once the result is issued.
    const issued = row.result_status === 'Issued';
    return { ...p, resultStatus: row.result_status, grade: issued ? row.grade : null, issuedAt: issued && row.issued_at ? row.issued_at.toISOString() : null };
  }

  async enquiry(client: AuthenticatedClient, p: GetResultEnquiryStatusPath): Promise<ResultEnquiryStatus> {
    assertCentreAccess(client, p.centreId);
    const [row] = await this.dataSource.query(
      `SELECT enquiry_reference, service_type, status, history FROM results_enquiries
        WHERE business_stream_id = $1 AND session_id = $2 AND centre_id = $3 AND candidate_number = $4 AND assessment_code = $5 AND component_id = $6
        ORDER BY created_at DESC LIMIT 1`,
      [p.businessStreamId, p.sessionId, p.centreId, p.candidateNumber, p.assessmentCode, p.componentId],
    );
    if (!row) throw new ApiError(70404, `No enquiry about results for candidate ${p.candidateNumber}, ${p.assessmentCode}/${p.componentId}.`);
    return { ...p, enquiryReference: row.enquiry_reference, serviceType: row.service_type, status: row.status, history: row.history };
  }

  async session(businessStreamId: string, sessionId: string): Promise<SessionResultStatus> {
    const [row] = await this.dataSource.query('SELECT session_name, result_status, release_date FROM results_sessions WHERE business_stream_id = $1 AND session_id = $2', [businessStreamId, sessionId]);
    if (!row) throw new ApiError(70404, `No session ${sessionId} in business stream ${businessStreamId}.`);
    return { businessStreamId, sessionId, sessionName: row.session_name, resultStatus: row.result_status, releaseDate: row.release_date ? row.release_date.toISOString() : null };
  }

  async questionPapers(businessStreamId: string, q: GetQuestionPapersQuery): Promise<QuestionPaper[]> {
    const rows = await this.dataSource.query(
      `SELECT qp_identifier, title, session_id, assessment_code, assessment_version, component_id FROM results_question_papers
        WHERE business_stream_id = $1 AND session_id = $2 AND assessment_code = $3
          AND ($4::text IS NULL OR assessment_version = $4) AND ($5::text IS NULL OR component_id = $5)
        ORDER BY assessment_version, component_id`,
      [businessStreamId, q.sessionId, q.assessmentCode, q.assessmentVersion ?? null, q.componentId ?? null],
    );
    return rows.map((r: Record<string, string>) => ({ qpIdentifier: r.qp_identifier, title: r.title, sessionId: r.session_id, assessmentCode: r.assessment_code, assessmentVersion: r.assessment_version, componentId: r.component_id }));
  }

  /** Upserts everything in one transaction; an enquiry whose status changes gains a history entry. */
  async load(load: ResultsLoad): Promise<ResultsLoadOutcome> {
    return this.dataSource.transaction(async (m) => {
      for (const r of load.candidateResults ?? []) {
        await m.query(
          `INSERT INTO results_candidate_results (business_stream_id, session_id, centre_id, candidate_number, assessment_code, result_status, grade, issued_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (business_stream_id, session_id, centre_id, candidate_number, assessment_code) DO UPDATE SET result_status = $6, grade = $7, issued_at = $8`,
          [r.businessStreamId, r.sessionId, r.centreId, r.candidateNumber, r.assessmentCode, r.resultStatus, r.grade ?? null, r.issuedAt ?? null],
        );
      }
      for (const e of load.enquiries ?? []) {
        await m.query(
          `INSERT INTO results_enquiries (business_stream_id, session_id, centre_id, candidate_number, assessment_code, component_id, enquiry_reference, service_type, status, history)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text, jsonb_build_array(jsonb_build_object('status', $9::text, 'at', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))))
           ON CONFLICT (business_stream_id, session_id, centre_id, candidate_number, assessment_code, component_id, enquiry_reference) DO UPDATE
             SET service_type = $8, status = $9::text,
                 history = CASE WHEN results_enquiries.status = $9::text THEN results_enquiries.history
                           ELSE results_enquiries.history || jsonb_build_array(jsonb_build_object('status', $9::text, 'at', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))) END`,
          [e.businessStreamId, e.sessionId, e.centreId, e.candidateNumber, e.assessmentCode, e.componentId, e.enquiryReference, e.serviceType, e.status],
        );
      }
      for (const s of load.sessions ?? []) {
        await m.query(
          `INSERT INTO results_sessions (business_stream_id, session_id, session_name, result_status, release_date) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (business_stream_id, session_id) DO UPDATE SET session_name = $3, result_status = $4, release_date = $5`,
          [s.businessStreamId, s.sessionId, s.sessionName, s.resultStatus, s.releaseDate ?? null],
        );
      }
      for (const qp of load.questionPapers ?? []) {
        await m.query(
          `INSERT INTO results_question_papers (business_stream_id, session_id, assessment_code, assessment_version, component_id, qp_identifier, title) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (business_stream_id, session_id, assessment_code, assessment_version, component_id) DO UPDATE SET qp_identifier = $6, title = $7`,
          [qp.businessStreamId, qp.sessionId, qp.assessmentCode, qp.assessmentVersion, qp.componentId, qp.qpIdentifier, qp.title],
        );
      }
      for (const qualification of load.qualifications ?? []) {
        await m.query(
          `INSERT INTO results_qualifications (business_stream_id, qualification_id, qualification_group_id, title) VALUES ($1, $2, $3, $4)
           ON CONFLICT (business_stream_id, qualification_id) DO UPDATE SET qualification_group_id = $3, title = $4`,
          [qualification.businessStreamId, qualification.qualificationId, qualification.qualificationGroupId, qualification.title],
        );
      }
      for (const e of load.entries ?? []) {
        const components = (e.components ?? []).map((c) => ({ componentId: c.componentId, mark: c.mark ?? null, maxMark: c.maxMark ?? null, grade: c.grade ?? null }));
        await m.query(
          `INSERT INTO results_entries (business_stream_id, session_id, centre_id, candidate_number, candidate_name, qualification_id, assessment_code, grade, components)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (business_stream_id, session_id, centre_id, candidate_number, assessment_code) DO UPDATE SET candidate_name = $5, qualification_id = $6, grade = $8, components = $9`,
          [e.businessStreamId, e.sessionId, e.centreId, e.candidateNumber, e.candidateName, e.qualificationId, e.assessmentCode, e.grade ?? null, JSON.stringify(components)],
        );
      }
      for (const [index, d] of (load.resultDates ?? []).entries()) {
        if ((d.resultDateType === 'issue') !== (d.centreId !== undefined)) {
          const message = d.resultDateType === 'issue' ? 'an issue date needs its centreId' : 'a release date has no centreId';
          throw new ApiError(60002, message, { details: [{ location: 'body', field: `resultDates.${index}.centreId`, message }] });
        }
        await m.query(
          `INSERT INTO results_result_dates (business_stream_id, session_id, result_date_type, centre_id, assessment_code, date, embargo_until) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (business_stream_id, session_id, result_date_type, coalesce(centre_id, ''), assessment_code) DO UPDATE SET date = $6, embargo_until = $7`,
          [d.businessStreamId, d.sessionId, d.resultDateType, d.centreId ?? null, d.assessmentCode, d.date, d.embargoUntil ?? null],
        );
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

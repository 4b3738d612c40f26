import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { textPdf } from '../pdf/text-pdf.js';

/** The seed's sample candidate (stream 02, session 14244, centre 04200, candidate 1804, assessment 0500), with two script pages. */
export const DEMO_SCRIPT_PAGES = ['00000000-0000-4000-8000-00000000e001', '00000000-0000-4000-8000-00000000e002'];

export async function seedResultsDemoScripts(manager: EntityManager): Promise<void> {
  for (const [index, id] of DEMO_SCRIPT_PAGES.entries()) {
    const pdf = await textPdf(`Marked script: centre 04200, candidate 1804, 0500/02, page ${index + 1}`, [
      'Question 1 ........................................ 7/8',
      'Question 2 ........................................ 9/12',
      'Examiner annotations are shown in the margin.',
    ]);
    await manager.query(
      `INSERT INTO results_script_documents (doc_store_page_id, business_stream_id, session_id, centre_id, candidate_number, assessment_code, component_id, page_number, pdf, sha256)
       VALUES ($1, '02', '14244', '04200', '1804', '0500', '02', $2, $3, $4)`,
      [id, index + 1, pdf, createHash('sha256').update(pdf).digest('hex')],
    );
  }
}

/** Result statuses, an enquiry, sessions and question papers matching the seed's sample URLs, for the demo centre 04200. */
export async function seedResultsDemoStatuses(manager: EntityManager): Promise<void> {
  await manager.query(`INSERT INTO results_candidate_results (business_stream_id, session_id, centre_id, candidate_number, assessment_code, result_status, grade, issued_at)
    VALUES ('02', '14244', '04200', '1804', '0500', 'Issued', 'B', '2026-08-13T06:00:00Z'), ('04', '3229', '04200', '8129', 'R031', 'Pending', NULL, NULL)`);
  await manager.query(`INSERT INTO results_enquiries (business_stream_id, session_id, centre_id, candidate_number, assessment_code, component_id, enquiry_reference, service_type, status, history)
    VALUES ('04', '3229', '04200', '8129', 'R031', '02', 'EAR-2026-0042', 'Review', 'InProgress',
            '[{"status": "Received", "at": "2026-08-20T09:00:00.000Z"}, {"status": "InProgress", "at": "2026-08-22T14:30:00.000Z"}]'),
           ('02', '14244', '04200', '1804', '0500', '02', 'EAR-2026-0017', 'ClericalRecheck', 'Completed',
            '[{"status": "Received", "at": "2026-08-18T10:00:00.000Z"}, {"status": "Completed", "at": "2026-08-25T16:00:00.000Z"}]')`);
  await manager.query(`INSERT INTO results_sessions (business_stream_id, session_id, session_name, result_status, release_date) VALUES
    ('01', '3269', 'June 2026 (OCR)', 'Released', '2026-08-13T06:00:00Z'), ('02', '16884', 'June 2026 (CI)', 'Released', '2026-08-13T06:00:00Z'), ('02', '14244', 'June 2026', 'Released', '2026-08-13T06:00:00Z'),
    ('04', '3229', 'November 2026', 'Embargoed', '2027-01-14T06:00:00Z')`);
  await manager.query(`INSERT INTO results_qualifications (business_stream_id, qualification_id, qualification_group_id, title) VALUES
    ('01', 'H446', '1', 'A Level Computer Science'), ('01', 'H556', '1', 'A Level Physics A')`);
  await manager.query(`INSERT INTO results_entries (business_stream_id, session_id, centre_id, candidate_number, candidate_name, qualification_id, assessment_code, grade, components) VALUES
    ('01', '3269', '04200', '1804', 'Amira Hassan', 'H446', 'H446', 'A', '[{"componentId": "01", "mark": 112, "maxMark": 140, "grade": "A"}, {"componentId": "02", "mark": 98, "maxMark": 140, "grade": "B"}]'),
    ('01', '3269', '04200', '1805', 'Jonas Muller', 'H556', 'H556', 'B', '[{"componentId": "01", "mark": 77, "maxMark": 100, "grade": "B"}]')`);
  await manager.query(`INSERT INTO results_result_dates (business_stream_id, session_id, result_date_type, centre_id, assessment_code, date, embargo_until) VALUES
    ('02', '16884', 'issue', '04200', '0500', '2026-08-12T06:00:00Z', '2026-08-13T06:00:00Z'),
    ('02', '16884', 'issue', '04200', '9239', '2026-08-12T06:00:00Z', '2026-08-13T06:00:00Z'),
    ('02', '16884', 'release', NULL, '0500', '2026-08-13T06:00:00Z', NULL)`);
  await manager.query(`INSERT INTO results_question_papers (business_stream_id, session_id, assessment_code, assessment_version, component_id, qp_identifier, title) VALUES
    ('02', '19722', '9239', '4', '03', '9239/03/M/J/26', 'Global Perspectives, Paper 3'), ('02', '19722', '9239', '4', '04', '9239/04/M/J/26', 'Global Perspectives, Paper 4')`);
}

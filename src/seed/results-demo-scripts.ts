import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { textPdf } from '../common/simple-pdf.js';

/** The seed's sample candidate (stream 02, session 14244, centre 04200, candidate 1804, assessment 0500), with two script pages. */
export const DEMO_SCRIPT_PAGES = ['00000000-0000-4000-8000-00000000e001', '00000000-0000-4000-8000-00000000e002'];

export async function seedResultsDemoScripts(manager: EntityManager): Promise<void> {
  for (const [index, id] of DEMO_SCRIPT_PAGES.entries()) {
    const pdf = textPdf(`Marked script: centre 04200, candidate 1804, 0500/02, page ${index + 1}`, [
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

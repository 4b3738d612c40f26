import type { TestScores, TestStatus } from './entities/fulfillment-test.entity.js';

const CEFR = ['Pre-A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/** iTEP's 0-6 level as a CEFR level: 1 is A1 up to 6 for C2; below 1 is Pre-A1. */
export function cefrFor(level: number): string {
  return CEFR[Math.max(0, Math.min(6, Math.floor(level)))];
}

export interface WebhookTest {
  testId: string;
  status: TestStatus;
  registration: Record<string, unknown> | null;
  testDate: string | null;
  durationMinutes: number | null;
  scores: TestScores | null;
}

/**
 * The `data` field of the live system's webhook: a flat JSON object with the caller's OID, the test's
 * date in M/D/YYYY and its parts, the status, and overall and per-section levels and scores.
 */
export function resultWebhookData(test: WebhookTest): Record<string, string | number | null> {
  const [year, month, day] = (test.testDate ?? '').split('-').map(Number);
  const oid = test.registration?.trExternal_ID;
  const data: Record<string, string | number | null> = {
    OID: oid === undefined || oid === null ? '' : String(oid),
    TestID: test.testId,
    Duration: test.durationMinutes,
    TestDate: test.testDate ? `${month}/${day}/${year}` : '',
    TestMonth: test.testDate ? month : null,
    TestDay: test.testDate ? day : null,
    TestYear: test.testDate ? year : null,
    score_report_url: test.scores?.reportUrl ?? '',
    Overall_Level: test.scores ? test.scores.overallLevel : null,
    Overall_cefr: test.scores ? cefrFor(test.scores.overallLevel) : '',
    Status: test.status,
  };
  for (const section of test.scores?.sections ?? []) {
    data[`${section.name}_Level`] = section.level;
    data[`${section.name}_Score`] = section.score;
  }
  return data;
}

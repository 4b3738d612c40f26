import type { CredentialContent } from '../credentials/credential-documents.js';

/** A result as its credential states it: dates as YYYY-MM-DD, band scores as the API writes them ("7.50"). */
export interface CredentialResult {
  trfNumber: string;
  familyName: string;
  firstName: string;
  dateOfBirth: string;
  testDate: string;
  module: 'Academic' | 'General Training';
  listeningScore: string;
  readingScore: string;
  writingScore: string;
  speakingScore: string;
  overallBandScore: string;
  cefrLevel: string | null;
  centreNumber: string;
  candidateNumber: string;
}

/** The SQL that reads a result shared with an RO as CredentialResult, locking it against a change meanwhile ($1 organisation, $2 TRF number). */
export const CREDENTIAL_RESULT = `
  SELECT r.trf_number AS "trfNumber", r.family_name AS "familyName", r.first_name AS "firstName",
         to_char(r.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", to_char(r.test_date, 'YYYY-MM-DD') AS "testDate", r.module,
         to_char(r.listening_score, 'FM0.00') AS "listeningScore", to_char(r.reading_score, 'FM0.00') AS "readingScore",
         to_char(r.writing_score, 'FM0.00') AS "writingScore", to_char(r.speaking_score, 'FM0.00') AS "speakingScore",
         to_char(r.overall_band_score, 'FM0.00') AS "overallBandScore", r.cefr_level AS "cefrLevel",
         r.centre_number AS "centreNumber", r.candidate_number AS "candidateNumber", r.status
    FROM ielts_results r JOIN ielts_result_shares s ON s.result_id = r.id AND s.organisation_id = $1
   WHERE r.trf_number = $2
   FOR SHARE OF r`;

const SKILLS = [
  ['listening', 'Listening', 'listeningScore'],
  ['reading', 'Reading', 'readingScore'],
  ['writing', 'Writing', 'writingScore'],
  ['speaking', 'Speaking', 'speakingScore'],
  ['overall', 'Overall band score', 'overallBandScore'],
] as const;

/**
 * An IELTS result as a credential's content: an Open Badges 3.0 AchievementSubject whose achievement
 * describes the test (a result description per skill, band 0 to 9, and the CEFR level) and whose
 * results are the candidate's bands, plus the result itself as `assessmentResult`, plainly.
 */
export function ieltsResultCredential(issuerId: string, result: CredentialResult): CredentialContent {
  const test = `IELTS ${result.module}`;
  const achievement = `${issuerId}/achievements/ielts-${result.module === 'Academic' ? 'academic' : 'general-training'}`;
  const name = `${result.firstName} ${result.familyName}`;
  return {
    name: `${test} result ${result.trfNumber}`,
    description: `${name} sat the ${test} test on ${result.testDate} and was awarded an overall band of ${result.overallBandScore}.`,
    credentialSubject: {
      type: ['AchievementSubject'],
      name,
      identifier: [
        { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: name },
        { type: 'IdentityObject', identityType: 'identifier', hashed: false, identityHash: result.trfNumber },
      ],
      activityEndDate: `${result.testDate}T00:00:00Z`,
      achievement: {
        id: achievement,
        type: ['Achievement'],
        achievementType: 'Assessment',
        name: test,
        description: `The ${test} test of English: listening, reading, writing and speaking, each reported on a band scale of 0 to 9, with an overall band.`,
        criteria: { narrative: 'Awarded to a candidate who sat the test; the results state the band awarded in each skill and overall.' },
        resultDescription: [
          ...SKILLS.map(([id, label]) => ({
            id: `${achievement}#${id}`,
            type: ['ResultDescription'],
            name: label,
            resultType: 'ScaledScore',
            valueMin: '0.00',
            valueMax: '9.00',
          })),
          { id: `${achievement}#cefr`, type: ['ResultDescription'], name: 'CEFR level', resultType: 'PerformanceLevel' },
        ],
      },
      result: [
        ...SKILLS.map(([id, , field]) => ({ type: ['Result'], resultDescription: `${achievement}#${id}`, value: result[field] })),
        ...(result.cefrLevel ? [{ type: ['Result'], resultDescription: `${achievement}#cefr`, value: result.cefrLevel }] : []),
      ],
      assessmentResult: { ...result },
    },
  };
}

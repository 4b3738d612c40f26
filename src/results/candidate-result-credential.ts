import type { CredentialContent } from '../credentials/credential-documents.js';
import type { CandidateResultEntity } from './entities/candidate-result.entity.js';

/**
 * An issued result as a credential's content: an Open Badges 3.0 AchievementSubject for the assessment,
 * its grade as the result, and the result itself as `assessmentResult`.
 */
export function candidateResultCredential(issuerId: string, row: CandidateResultEntity): CredentialContent {
  const achievement = `${issuerId}/achievements/results-${row.businessStreamId}-${row.assessmentCode}`;
  const issuedAt = row.issuedAt ? new Date(row.issuedAt).toISOString() : null;
  return {
    name: `Result in ${row.assessmentCode}, session ${row.sessionId}`,
    description: `Candidate ${row.candidateNumber} at centre ${row.centreId} was awarded ${row.grade ?? 'a result'} in ${row.assessmentCode} (session ${row.sessionId}).`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'identifier', hashed: false, identityHash: `${row.centreId}/${row.candidateNumber}` }],
      ...(issuedAt ? { activityEndDate: issuedAt } : {}),
      achievement: {
        id: achievement,
        type: ['Achievement'],
        achievementType: 'Assessment',
        name: `Assessment ${row.assessmentCode}`,
        description: `Assessment ${row.assessmentCode} of business stream ${row.businessStreamId}.`,
        criteria: { narrative: 'Awarded to a candidate whose result in the assessment was issued; the result states the grade.' },
        resultDescription: [{ id: `${achievement}#grade`, type: ['ResultDescription'], name: 'Grade', resultType: 'LetterGrade' }],
      },
      result: [{ type: ['Result'], resultDescription: `${achievement}#grade`, value: row.grade }],
      assessmentResult: {
        businessStreamId: row.businessStreamId,
        sessionId: row.sessionId,
        centreId: row.centreId,
        candidateNumber: row.candidateNumber,
        assessmentCode: row.assessmentCode,
        grade: row.grade,
        issuedAt,
      },
    },
  };
}

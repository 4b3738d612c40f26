import type { ResultsCandidateKey } from './entities/results-candidate-key.js';

/**
 * How the platform names a candidate's result outside its own tables: the resource its events are
 * about (deliveries about one keep their order) and the subject of its one active credential.
 */
export function candidateResultKey(key: ResultsCandidateKey): string {
  return `results.result:${key.businessStreamId}:${key.sessionId}:${key.centreId}:${key.candidateNumber}:${key.assessmentCode}`;
}

/** The five fields that name a candidate's entry for an assessment, taken from anything that carries them. */
export function candidateKey(of: ResultsCandidateKey): ResultsCandidateKey {
  return {
    businessStreamId: of.businessStreamId,
    sessionId: of.sessionId,
    centreId: of.centreId,
    candidateNumber: of.candidateNumber,
    assessmentCode: of.assessmentCode,
  };
}

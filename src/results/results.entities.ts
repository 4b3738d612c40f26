import { CandidateResultEntity } from './entities/candidate-result.entity.js';
import { QualificationEntity } from './entities/qualification.entity.js';
import { QuestionPaperEntity } from './entities/question-paper.entity.js';
import { ResultDateEntity } from './entities/result-date.entity.js';
import { ResultEnquiryEntity } from './entities/result-enquiry.entity.js';
import { ResultsEntryEntity } from './entities/results-entry.entity.js';
import { ResultsSessionEntity } from './entities/results-session.entity.js';
import { ScriptDocumentEntity } from './entities/script-document.entity.js';
import { ScriptRequestEntity } from './entities/script-request.entity.js';

export const RESULTS_ENTITIES = [
  ResultsSessionEntity,
  QualificationEntity,
  ResultsEntryEntity,
  ResultDateEntity,
  CandidateResultEntity,
  ResultEnquiryEntity,
  QuestionPaperEntity,
  ScriptDocumentEntity,
  ScriptRequestEntity,
];

import { Controller } from '@nestjs/common';
import { ResultsQuestionPapersApi } from './generated/results-question-papers.api.js';
import type {
  GetQuestionPapersMisspeltPath,
  GetQuestionPapersMisspeltQuery,
  GetQuestionPapersPath,
  GetQuestionPapersQuery,
  QuestionPaperList,
} from './generated/results.dto.js';
import { ResultStatusService } from './result-status.service.js';

@Controller()
export class ResultsQuestionPapersController extends ResultsQuestionPapersApi {
  constructor(private readonly statuses: ResultStatusService) {
    super();
  }

  async getQuestionPapers({ path, query }: { path: GetQuestionPapersPath; query: GetQuestionPapersQuery }): Promise<QuestionPaperList> {
    return { questionPapers: await this.statuses.questionPapers(path.businessStreamId, query) };
  }

  /** The original API's sample URL spells it qpIdentifers; integrations built on it keep working. */
  async getQuestionPapersMisspelt({ path, query }: { path: GetQuestionPapersMisspeltPath; query: GetQuestionPapersMisspeltQuery }): Promise<QuestionPaperList> {
    return { questionPapers: await this.statuses.questionPapers(path.businessStreamId, query) };
  }
}

import { Controller } from '@nestjs/common';
import { ResultsAdministrationApi } from './generated/results-administration.api.js';
import type { PutScriptDocumentPath, ResultsLoad, ResultsLoadOutcome, ScriptDocument, ScriptDocumentInput } from './generated/results.dto.js';
import { ResultStatusService } from './result-status.service.js';
import { ScriptAccessService } from './script-access.service.js';

@Controller()
export class ResultsAdministrationController extends ResultsAdministrationApi {
  constructor(
    private readonly scripts: ScriptAccessService,
    private readonly statuses: ResultStatusService,
  ) {
    super();
  }

  async loadResultsData({ body }: { body: ResultsLoad }): Promise<ResultsLoadOutcome> {
    return this.statuses.load(body);
  }

  async putScriptDocument({ path, body }: { path: PutScriptDocumentPath; body: ScriptDocumentInput }): Promise<ScriptDocument> {
    return this.scripts.store(path.docStorePageId, body);
  }
}

import { Controller } from '@nestjs/common';
import { ResultsAdministrationApi } from './generated/results-administration.api.js';
import type { PutScriptDocumentPath, ScriptDocument, ScriptDocumentInput } from './generated/results.dto.js';
import { ScriptAccessService } from './script-access.service.js';

@Controller()
export class ResultsAdministrationController extends ResultsAdministrationApi {
  constructor(private readonly scripts: ScriptAccessService) {
    super();
  }

  async putScriptDocument({ path, body }: { path: PutScriptDocumentPath; body: ScriptDocumentInput }): Promise<ScriptDocument> {
    return this.scripts.store(path.docStorePageId, body);
  }
}

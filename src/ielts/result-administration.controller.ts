import { Controller } from '@nestjs/common';
import { ApiReply } from '../contract/api-reply.js';
import { IELTSAdministrationApi } from './generated/ielts-administration.api.js';
import type {
  AttachPhotoPath,
  IeltsResultInput,
  IngestOutcome,
  PhotoInput,
  ShareInput,
  ShareOutcome,
  ShareResultPath,
  UpsertResultPath,
} from './generated/ielts.dto.js';
import { ResultIngestService } from './result-ingest.service.js';

@Controller()
export class ResultAdministrationController extends IELTSAdministrationApi {
  constructor(private readonly ingest: ResultIngestService) {
    super();
  }

  async upsertResult({ path, body }: { path: UpsertResultPath; body: IeltsResultInput }): Promise<ApiReply<IngestOutcome, 200> | ApiReply<IngestOutcome, 201>> {
    const outcome = await this.ingest.upsertResult(path.trfNumber, body);
    return outcome.created ? new ApiReply(201, outcome) : new ApiReply(200, outcome);
  }

  async attachPhoto({ path, body }: { path: AttachPhotoPath; body: PhotoInput }): Promise<IngestOutcome> {
    return this.ingest.attachPhoto(path.trfNumber, body.data);
  }

  async shareResult({ path, body }: { path: ShareResultPath; body: ShareInput }): Promise<ApiReply<ShareOutcome, 200> | ApiReply<ShareOutcome, 201>> {
    const { created, outcome } = await this.ingest.shareResult(path.trfNumber, path.roId, body.sharedAt ? new Date(body.sharedAt) : new Date());
    return created ? new ApiReply(201, outcome) : new ApiReply(200, outcome);
  }
}

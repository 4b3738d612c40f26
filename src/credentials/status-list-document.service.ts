import { Injectable } from '@nestjs/common';
import { ApiError } from '../errors/api-error.js';
import { signVcJwt, statusListCredential } from './credential-documents.js';
import { CredentialIssuer } from './credential-issuer.service.js';
import { IssuerKeysService } from './issuer-keys.service.js';
import { StatusListsService } from './status-lists.service.js';

/** A status list as served: signed when asked, so that a revocation shows at once. */
@Injectable()
export class StatusListDocument {
  constructor(
    private readonly lists: StatusListsService,
    private readonly keys: IssuerKeysService,
    private readonly issuer: CredentialIssuer,
  ) {}

  async signed(listId: string): Promise<string> {
    const bits = await this.lists.bits(listId);
    if (!bits) throw new ApiError(70404, `No status list ${listId}.`);
    const now = new Date();
    return signVcJwt(statusListCredential(this.issuer.issuer, listId, bits, now), await this.keys.current(), now);
  }
}

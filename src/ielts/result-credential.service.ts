import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CredentialIssuer } from '../credentials/credential-issuer.service.js';
import { ApiError } from '../errors/api-error.js';
import { CREDENTIAL_RESULT, ieltsResultCredential, type CredentialResult } from './result-credential.js';
import { ieltsResultKey } from './result-key.js';

/** The credential of a result, for an RO it is shared with. */
@Injectable()
export class ResultCredentialService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly credentials: CredentialIssuer,
  ) {}

  async credential(organisationId: string, trfNumber: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: Array<CredentialResult & { status: string }> = await manager.query(CREDENTIAL_RESULT, [organisationId, trfNumber]);
      // Not shared with this RO and not existing answer alike: no oracle across tenants.
      if (!row) throw new ApiError(70404, `No result with TRF number ${trfNumber} has been shared with this organisation.`);
      if (row.status === 'CANCELLED') throw new ApiError(70409, `The result ${trfNumber} is cancelled: no credential states it.`);
      const { status: _status, ...result } = row;
      return this.credentials.currentOrIssue(manager, ieltsResultKey(trfNumber), () => ieltsResultCredential(this.credentials.issuer.id, result));
    });
  }
}

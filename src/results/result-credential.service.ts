import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedClient } from '../auth/authenticated-client.js';
import { CredentialIssuer } from '../credentials/credential-issuer.service.js';
import { ApiError } from '../errors/api-error.js';
import { assertCentreAccess } from './centre-access.js';
import { candidateResultCredential } from './candidate-result-credential.js';
import { candidateResultKey } from './candidate-result-key.js';
import { CandidateResultEntity } from './entities/candidate-result.entity.js';
import type { ResultsCandidateKey } from './entities/results-candidate-key.js';

/** An issued result's credential, for a client that may see the centre. */
@Injectable()
export class ResultCredentialService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly credentials: CredentialIssuer,
  ) {}

  async credential(client: AuthenticatedClient, key: ResultsCandidateKey): Promise<string> {
    assertCentreAccess(client, key.centreId);
    return this.dataSource.transaction(async (manager) => {
      // Read under a lock, so that a load cannot change the result between the reading and the signing.
      const row = await manager.getRepository(CandidateResultEntity).findOne({ where: { ...key }, lock: { mode: 'pessimistic_read' } });
      if (!row)
        throw new ApiError(
          70404,
          `No result of candidate ${key.candidateNumber} at centre ${key.centreId} for ${key.assessmentCode} in session ${key.sessionId}.`,
        );
      if (row.resultStatus !== 'Issued') throw new ApiError(70409, `The result is ${row.resultStatus}, not issued: no credential states it.`);
      return this.credentials.currentOrIssue(manager, candidateResultKey(row), () => candidateResultCredential(this.credentials.issuer.id, row));
    });
  }
}

import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiReply, type BinaryBody } from '../contract/api-reply.js';
import { ApiError } from '../errors/api-error.js';
import { CredentialsApi } from './generated/credentials.api.js';
import type { GetStatusListPath, JsonWebKeySet, VerificationReport, VerifyPageQuery } from './generated/credentials.dto.js';
import { CredentialVerifier } from './credential-verifier.service.js';
import { CredentialIssuer } from './credential-issuer.service.js';
import { IssuerKeysService } from './issuer-keys.service.js';
import { StatusListDocument } from './status-list-document.service.js';
import { renderVerifyPage } from './verify-page.js';

/** What anyone may ask of the credentials: the issuer's keys, the status lists, and verification (API and page). */
@Controller()
export class CredentialsController extends CredentialsApi {
  constructor(
    private readonly keys: IssuerKeysService,
    private readonly statusLists: StatusListDocument,
    private readonly verifier: CredentialVerifier,
    private readonly issuer: CredentialIssuer,
  ) {
    super();
  }

  async getIssuerKeys(): Promise<JsonWebKeySet> {
    return { keys: (await this.keys.published()).map((row) => row.public_jwk as JsonWebKeySet['keys'][number]) };
  }

  async getStatusList({ path }: { path: GetStatusListPath }): Promise<ApiReply<BinaryBody, 200>> {
    return new ApiReply(200, await this.statusLists.signed(path.listId), { 'Content-Type': 'application/vc+jwt' });
  }

  async verifyCredential({ body }: { body: string }): Promise<VerificationReport> {
    return this.verifier.verify(typeof body === 'string' ? body : '');
  }

  async verifyPage({ query }: { query: VerifyPageQuery }, request: FastifyRequest): Promise<ApiReply<BinaryBody, 200>> {
    const credential = query.credential?.trim() || (query.id ? await this.issuer.find(query.id) : undefined);
    let page: string;
    if (!credential) page = await renderVerifyPage(query.id ? { problem: `No credential with the id ${query.id} was issued here.` } : {});
    else {
      try {
        const report = await this.verifier.verify(credential);
        const id = report.credentialId?.replace(/^urn:uuid:/, '');
        // A whole credential is more than a QR code holds: the link names it instead.
        const link = id ? `${request.protocol}://${request.host}/verify?id=${id}` : undefined;
        page = await renderVerifyPage({ credential, report, link });
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 60002) throw error;
        page = await renderVerifyPage({
          credential,
          problem: 'What was pasted is not a credential: a result credential is a JWT in three parts separated by dots.',
        });
      }
    }
    return new ApiReply(200, page, { 'Content-Type': 'text/html; charset=utf-8' });
  }
}

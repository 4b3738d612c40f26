import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedClient } from '../auth/authenticated-client.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { assertSandbox } from '../config/sandbox-only.js';
import { ApiError } from '../errors/api-error.js';
import { cefrFor, overallBand } from './band-scores.js';
import type { IeltsResult, IeltsResultInput } from './generated/ielts.dto.js';
import { ResultIngestService } from './result-ingest.service.js';
import { RESULT_AS_SHARED } from './result-verification-sql.js';

/**
 * The sandbox's changes to an RO's own results: a remark, a cancellation, a new share. Each goes
 * through ResultIngestService, the provider's own path, so the events are the real ones.
 */
@Injectable()
export class ResultSandboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ingest: ResultIngestService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The writing score half a band up (down from 9), the overall band and CEFR level worked out again, status REMARKED. */
  async remark(client: AuthenticatedClient, trfNumber: string): Promise<IeltsResult> {
    const input = await this.sharedInput(client, trfNumber);
    const writingScore = input.writingScore >= 9 ? input.writingScore - 0.5 : input.writingScore + 0.5;
    const overallBandScore = overallBand([input.listeningScore, input.readingScore, writingScore, input.speakingScore]);
    await this.ingest.upsertResult(trfNumber, { ...input, writingScore, overallBandScore, cefrLevel: cefrFor(overallBandScore), status: 'REMARKED' });
    return this.asShared(client, trfNumber);
  }

  async cancel(client: AuthenticatedClient, trfNumber: string): Promise<IeltsResult> {
    const input = await this.sharedInput(client, trfNumber);
    await this.ingest.upsertResult(trfNumber, { ...input, status: 'CANCELLED' });
    return this.asShared(client, trfNumber);
  }

  /** A made-up candidate's result, shared with the caller's RO now. */
  async shareNew(client: AuthenticatedClient): Promise<IeltsResult> {
    assertSandbox(this.config);
    const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(65 + randomInt(26))).join('');
    const digits = (n: number) => String(randomInt(10 ** n)).padStart(n, '0');
    const trfNumber = `${new Date().getUTCFullYear() % 100}SB${digits(6)}${letters(4)}${digits(3)}${letters(1)}`;
    const skills = [randomInt(8, 18) / 2, randomInt(8, 18) / 2, randomInt(8, 18) / 2, randomInt(8, 18) / 2];
    const overall = overallBand(skills);
    const input: IeltsResultInput = {
      candidateId: `SB${digits(8)}`,
      idType: 'Passport',
      centreNumber: 'SB001',
      candidateNumber: digits(6),
      testDate: new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10),
      module: 'Academic',
      familyName: `SANDBOX-${letters(5)}`,
      firstName: 'Candidate',
      dateOfBirth: '2000-01-01',
      gender: 'U',
      listeningScore: skills[0],
      readingScore: skills[1],
      writingScore: skills[2],
      speakingScore: skills[3],
      overallBandScore: overall,
      cefrLevel: cefrFor(overall),
      status: 'RELEASED',
    };
    await this.ingest.upsertResult(trfNumber, input);
    await this.ingest.shareResult(trfNumber, client.organisationCode, new Date());
    return this.asShared(client, trfNumber);
  }

  /** The result as loaded, if it is shared with the caller's RO; otherwise 404, as for a result that does not exist. */
  private async sharedInput(client: AuthenticatedClient, trfNumber: string): Promise<IeltsResultInput> {
    assertSandbox(this.config);
    const [shared] = await this.dataSource.query('SELECT 1 FROM ielts_result_shares WHERE trf_number = $1 AND organisation_id = $2', [
      trfNumber,
      client.organisationId,
    ]);
    const input = shared ? await this.ingest.findInput(trfNumber) : undefined;
    if (!input) throw new ApiError(70404, `No result with TRF number ${trfNumber} has been shared with this organisation.`);
    return input;
  }

  private async asShared(client: AuthenticatedClient, trfNumber: string): Promise<IeltsResult> {
    const [{ data }]: Array<{ data: IeltsResult }> = await this.dataSource.query(RESULT_AS_SHARED, [client.organisationId, trfNumber]);
    return data;
  }
}

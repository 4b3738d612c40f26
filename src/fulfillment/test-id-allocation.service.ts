import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedClient } from '../auth/authenticated-client.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ApiError } from '../errors/api-error.js';
import { IdempotentOperationService, type IdempotentOutcome } from '../idempotency/idempotent-operation.service.js';
import { MailOutboxService } from '../mail/mail-outbox.service.js';
import type { AllocatedTest } from './entities/fulfillment-test.entity.js';
import type { ProductCodeEntity } from './entities/product-code.entity.js';
import type { TrackEntity } from './entities/track.entity.js';
import { fulfillmentEmail } from './fulfillment-email.js';
import { availableSql } from './fulfillment-views.js';
import type { Fulfilment, FulfilmentRequest } from './generated/fulfillment.dto.js';
import { findEnabledProductCode } from './product-codes.service.js';
import { registrationProblems } from './registration-fields.js';
import { RequestSignatureService } from './request-signature.service.js';
import { newTestId, newTestPassword } from './test-credentials.js';

interface Allocation {
  product: ProductCodeEntity;
  assignedTo: Record<string, unknown>;
  registration: Record<string, unknown> | null;
  track: string | null;
  expiresOn: string | null;
}

/**
 * Obtaining a test ID: check the signature, then the request, then, in one transaction, take an
 * available test (or create one as a sale), record the fulfilment, and queue the candidate's e-mail.
 */
@Injectable()
export class TestIdAllocationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signatures: RequestSignatureService,
    private readonly idempotency: IdempotentOperationService,
    private readonly mail: MailOutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async obtain(
    client: AuthenticatedClient,
    request: FulfilmentRequest,
    rawBody: Buffer,
    signature: string | undefined,
    idempotencyKey: string | undefined,
  ): Promise<IdempotentOutcome<Fulfilment>> {
    const code = request['product-code'];
    const key = await this.signatures.verify(client, signature, rawBody, code);
    const allocation = await this.checkRequest(client, request);
    const delivery = code.startsWith('STX-') ? 'STX' : 'GTX';
    const outcome = await this.idempotency.run(client.clientId, idempotencyKey, 'obtainTestId', request, async (manager) => {
      const fulfilmentId = randomUUID();
      const stamped = { ...allocation, assignedTo: Object.keys(allocation.assignedTo).length ? allocation.assignedTo : { fulfilment: fulfilmentId } };
      const test = allocation.product.source === 'sale' ? await createSale(manager, client, stamped) : await takeAvailable(manager, client, stamped);
      if (!test) {
        throw new ApiError(
          71409,
          `No test ID of type ${allocation.product.testType} is available for ${code} in the inventory of ${client.organisationCode}; buy more or free assigned ones.`,
          {
            details: [{ location: 'body', field: 'product-code', message: `no available test for ${code}` }],
          },
        );
      }
      const bcc = request.bcc ? [request.bcc] : [];
      const mailId =
        delivery === 'STX'
          ? await this.mail.enqueue(
              manager,
              'fulfilment',
              { to: [request.email!], bcc: [...bcc, this.config.mailArchiveAddress] },
              fulfillmentEmail(test, allocation.product),
            )
          : null;
      const [{ createdAt }]: Array<{ createdAt: Date }> = await manager.query(
        `INSERT INTO fulfillment_fulfilments (id, client_id, organisation_id, api_key_id, product_code, test_id, source, email, bcc, track_code, sequence, mail_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING created_at AS "createdAt"`,
        [
          fulfilmentId,
          client.clientId,
          client.organisationId,
          key.id,
          code,
          test.testId,
          allocation.product.source,
          request.email ?? null,
          request.bcc ?? null,
          allocation.track,
          request.sequence ?? null,
          mailId,
        ],
      );
      const body: Fulfilment = {
        fulfilmentId,
        testId: test.testId,
        password: test.password,
        productCode: code,
        testType: test.testType,
        delivery,
        source: test.source,
        status: test.status,
        assignedTo: test.assignedTo,
        registration: test.registration,
        track: test.trackCode,
        testUrl: allocation.product.testUrl,
        instructions: allocation.product.instructions,
        email: mailId ? { messageId: mailId, to: request.email!, bcc, status: 'queued' } : null,
        createdAt: createdAt.toISOString(),
      };
      return { status: 201, body };
    });
    if (delivery === 'STX' && !outcome.replayed) this.mail.flushSoon();
    return outcome;
  }

  /** Everything about the request that can be refused before any test is touched. */
  private async checkRequest(client: AuthenticatedClient, request: FulfilmentRequest): Promise<Allocation> {
    const code = request['product-code'];
    const product = await findEnabledProductCode(this.dataSource.manager, code, 'product-code');
    if (code.startsWith('STX-') && !request.email) {
      throw new ApiError(71423, `${code} e-mails the test ID to the candidate: send email.`, {
        details: [{ location: 'body', field: 'email', message: 'email is required for STX product codes' }],
      });
    }
    const problems = registrationProblems(request.registration ?? {});
    if (problems.length) throw new ApiError(71422, problems.map((p) => p.message).join(' '), { details: problems });
    const assignedTo = request['assigned-to'] ?? {};
    const expiresOn = expiryOf(assignedTo);
    if (request.track) {
      const [track]: Array<Pick<TrackEntity, 'organisationId'>> = await this.dataSource.query(
        'SELECT organisation_id AS "organisationId" FROM fulfillment_tracks WHERE code = $1',
        [request.track],
      );
      if (!track || track.organisationId !== client.organisationId) {
        throw new ApiError(71421, `The track code ${request.track} is not registered for ${client.organisationCode}; ask the provider for one.`, {
          details: [{ location: 'body', field: 'track', message: `unknown track code ${request.track}` }],
        });
      }
    }
    return { product, assignedTo, registration: request.registration ?? null, track: request.track ?? null, expiresOn };
  }
}

/** `assigned-to.expire` as a date (YYYY-MM-DD, or the date of an ISO date-time), when there is one. */
function expiryOf(assignedTo: Record<string, unknown>): string | null {
  const value = assignedTo.expire;
  if (value === undefined || value === null || value === '') return null;
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value) : null;
  const date = match ? new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`) : undefined;
  if (!match || Number.isNaN(date!.getTime()) || date!.toISOString().slice(0, 10) !== `${match[1]}-${match[2]}-${match[3]}`) {
    const message = 'assigned-to.expire must be a date, YYYY-MM-DD';
    throw new ApiError(60002, message, { details: [{ location: 'body', field: 'assigned-to.expire', message }] });
  }
  return `${match[1]}-${match[2]}-${match[3]}`;
}

// The taken or created test, as an AllocatedTest, in the statement that takes it: no second read.
const RETURNING_ALLOCATED = `RETURNING test_id AS "testId", test_type AS "testType", password, status, source, assigned_to AS "assignedTo", registration, track_code AS "trackCode"`;

/** The oldest available test of the type; SKIP LOCKED gives concurrent callers different tests. */
async function takeAvailable(manager: EntityManager, client: AuthenticatedClient, allocation: Allocation): Promise<AllocatedTest | undefined> {
  const result = await manager.query(
    `UPDATE fulfillment_tests SET assigned_to = $3, registration = $4, track_code = $5, product_code = $6, assigned_at = now(), expires_on = $7, updated_at = now()
      WHERE test_id = (SELECT test_id FROM fulfillment_tests
                        WHERE organisation_id = $1 AND test_type = $2 AND ${availableSql()}
                        ORDER BY created_at, test_id LIMIT 1 FOR UPDATE SKIP LOCKED)
      ${RETURNING_ALLOCATED}`,
    [
      client.organisationId,
      allocation.product.testType,
      allocation.assignedTo,
      allocation.registration,
      allocation.track,
      allocation.product.code,
      allocation.expiresOn,
    ],
  );
  return (result[0] as AllocatedTest[])[0];
}

/** A sale: a new test ID of the type, created for this fulfilment in the caller's organisation. */
async function createSale(manager: EntityManager, client: AuthenticatedClient, allocation: Allocation): Promise<AllocatedTest> {
  for (;;) {
    const testId = newTestId();
    const inserted = await manager.query(
      `INSERT INTO fulfillment_tests (test_id, organisation_id, test_type, password, source, assigned_to, registration, track_code, product_code, assigned_at, expires_on)
       VALUES ($1, $2, $3, $4, 'sale', $5, $6, $7, $8, now(), $9) ON CONFLICT (test_id) DO NOTHING ${RETURNING_ALLOCATED}`,
      [
        testId,
        client.organisationId,
        allocation.product.testType,
        newTestPassword(),
        allocation.assignedTo,
        allocation.registration,
        allocation.track,
        allocation.product.code,
        allocation.expiresOn,
      ],
    );
    if (inserted.length) return (inserted as AllocatedTest[])[0];
  }
}

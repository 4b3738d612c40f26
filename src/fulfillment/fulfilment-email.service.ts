import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ApiError } from '../errors/api-error.js';
import { MailOutboxService } from '../mail/mail-outbox.service.js';
import type { FulfilmentEmailState } from './generated/fulfillment.dto.js';

/** The candidate's e-mail of an STX fulfilment, as the mail outbox has it now. */
@Injectable()
export class FulfilmentEmailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailOutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async of(organisationId: string, fulfilmentId: string): Promise<FulfilmentEmailState> {
    const [fulfilment]: Array<{ testId: string; email: string; bcc: string | null; mailId: string }> = await this.dataSource.query(
      `SELECT test_id AS "testId", email, bcc, mail_id AS "mailId" FROM fulfillment_fulfilments
        WHERE id = $1 AND organisation_id = $2 AND mail_id IS NOT NULL`,
      [fulfilmentId, organisationId],
    );
    const mail = fulfilment && (await this.mail.state(fulfilment.mailId));
    // Another organisation's fulfilment answers as a missing one: no oracle across tenants.
    if (!mail) throw new ApiError(70404, `No fulfilment ${fulfilmentId} that e-mailed a candidate for this organisation.`);
    return {
      fulfilmentId,
      testId: fulfilment.testId,
      messageId: fulfilment.mailId,
      to: fulfilment.email,
      bcc: fulfilment.bcc ? [fulfilment.bcc] : [],
      status: mail.status === 'pending' ? 'queued' : mail.status,
      attempts: mail.attempts,
      sentAt: mail.sentAt?.toISOString() ?? null,
      // The platform's archive copy is the platform's business, not the caller's.
      failure: mail.lastError?.replaceAll(this.config.mailArchiveAddress, "the platform's archive") ?? null,
    };
  }
}

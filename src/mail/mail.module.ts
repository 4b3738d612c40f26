import { Module } from '@nestjs/common';
import { MailOutboxService } from './mail-outbox.service.js';

@Module({ providers: [MailOutboxService], exports: [MailOutboxService] })
export class MailModule {}

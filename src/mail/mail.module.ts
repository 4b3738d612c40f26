import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxMailEntity } from './entities/outbox-mail.entity.js';
import { Module } from '@nestjs/common';
import { MailOutboxService } from './mail-outbox.service.js';

@Module({ imports: [TypeOrmModule.forFeature([OutboxMailEntity])], providers: [MailOutboxService], exports: [MailOutboxService] })
export class MailModule {}

import { Module } from '@nestjs/common';
import { IdempotentOperationService } from './idempotent-operation.service.js';

@Module({ providers: [IdempotentOperationService], exports: [IdempotentOperationService] })
export class IdempotencyModule {}

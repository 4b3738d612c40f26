import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyKeyEntity } from './idempotency-key.entity.js';
import { Module } from '@nestjs/common';
import { SecretBoxModule } from '../common/secret-box.module.js';
import { IdempotentOperationService } from './idempotent-operation.service.js';
import { IdempotencyKeyRetentionService } from './idempotency-key-retention.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([IdempotencyKeyEntity]), SecretBoxModule],
  providers: [IdempotentOperationService, IdempotencyKeyRetentionService],
  exports: [IdempotentOperationService],
})
export class IdempotencyModule {}

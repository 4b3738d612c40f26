import { Module } from '@nestjs/common';
import { DailyQuotaService } from './daily-quota.service.js';

@Module({ providers: [DailyQuotaService], exports: [DailyQuotaService] })
export class QuotaModule {}

import { TypeOrmModule } from '@nestjs/typeorm';
import { IELTS_ENTITIES } from './ielts.entities.js';
import { AuthDirectoryModule } from '../auth/auth-directory.module.js';
import { Module } from '@nestjs/common';
import { CountryCodesController } from './country-codes.controller.js';
import { CountryCodesService } from './country-codes.service.js';
import { ResultAdministrationController } from './result-administration.controller.js';
import { ResultIngestService } from './result-ingest.service.js';
import { ResultVerificationController } from './result-verification.controller.js';
import { ResultVerificationService } from './result-verification.service.js';

@Module({
  imports: [TypeOrmModule.forFeature(IELTS_ENTITIES), AuthDirectoryModule],
  controllers: [ResultVerificationController, CountryCodesController, ResultAdministrationController],
  providers: [ResultVerificationService, ResultIngestService, CountryCodesService],
  exports: [ResultVerificationService, ResultIngestService],
})
export class IeltsModule {}

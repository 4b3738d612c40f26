import { TypeOrmModule } from '@nestjs/typeorm';
import { IELTS_ENTITIES } from './ielts.entities.js';
import { AuthDirectoryModule } from '../auth/auth-directory.module.js';
import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { ResultCredentialController } from './result-credential.controller.js';
import { ResultCredentialService } from './result-credential.service.js';
import { CountryCodesController } from './country-codes.controller.js';
import { CountryCodesService } from './country-codes.service.js';
import { ResultAdministrationController } from './result-administration.controller.js';
import { ResultIngestService } from './result-ingest.service.js';
import { ResultVerificationController } from './result-verification.controller.js';
import { ResultVerificationService } from './result-verification.service.js';
import { ResultSandboxController } from './result-sandbox.controller.js';
import { ResultSandboxService } from './result-sandbox.service.js';

@Module({
  imports: [TypeOrmModule.forFeature(IELTS_ENTITIES), EventsModule, CredentialsModule, AuthDirectoryModule],
  controllers: [ResultVerificationController, CountryCodesController, ResultAdministrationController, ResultSandboxController, ResultCredentialController],
  providers: [ResultVerificationService, ResultIngestService, CountryCodesService, ResultSandboxService, ResultCredentialService],
  exports: [ResultVerificationService, ResultIngestService],
})
export class IeltsModule {}

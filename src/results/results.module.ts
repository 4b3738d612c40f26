import { TypeOrmModule } from '@nestjs/typeorm';
import { RESULTS_ENTITIES } from './results.entities.js';
import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { ResultsCredentialsController } from './results-credentials.controller.js';
import { ResultCredentialService } from './result-credential.service.js';
import { IdempotencyModule } from '../idempotency/idempotency.module.js';
import { AuthDirectoryModule } from '../auth/auth-directory.module.js';
import { CentreEvents } from './centre-events.service.js';
import { ResultsSandboxController } from './results-sandbox.controller.js';
import { ResultsSandboxService } from './results-sandbox.service.js';
import { ResultsAdministrationController } from './results-administration.controller.js';
import { ResultsScriptsController } from './results-scripts.controller.js';
import { EnquireServicesService } from './enquire-services.service.js';
import { ResultStatusService } from './result-status.service.js';
import { ResultsEnquireServicesController } from './results-enquire-services.controller.js';
import { ResultsQuestionPapersController } from './results-question-papers.controller.js';
import { ResultsStatusesController } from './results-statuses.controller.js';
import { ScriptAccessService } from './script-access.service.js';

@Module({
  imports: [TypeOrmModule.forFeature(RESULTS_ENTITIES), EventsModule, CredentialsModule, AuthDirectoryModule, IdempotencyModule],
  controllers: [
    ResultsEnquireServicesController,
    ResultsScriptsController,
    ResultsStatusesController,
    ResultsQuestionPapersController,
    ResultsAdministrationController,
    ResultsSandboxController,
    ResultsCredentialsController,
  ],
  providers: [ScriptAccessService, ResultStatusService, EnquireServicesService, CentreEvents, ResultsSandboxService, ResultCredentialService],
})
export class ResultsModule {}

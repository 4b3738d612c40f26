import { TypeOrmModule } from '@nestjs/typeorm';
import { RESULTS_ENTITIES } from './results.entities.js';
import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../idempotency/idempotency.module.js';
import { ResultsAdministrationController } from './results-administration.controller.js';
import { ResultsScriptsController } from './results-scripts.controller.js';
import { EnquireServicesService } from './enquire-services.service.js';
import { ResultStatusService } from './result-status.service.js';
import { ResultsEnquireServicesController } from './results-enquire-services.controller.js';
import { ResultsQuestionPapersController } from './results-question-papers.controller.js';
import { ResultsStatusesController } from './results-statuses.controller.js';
import { ScriptAccessService } from './script-access.service.js';

@Module({
  imports: [TypeOrmModule.forFeature(RESULTS_ENTITIES), IdempotencyModule],
  controllers: [
    ResultsEnquireServicesController,
    ResultsScriptsController,
    ResultsStatusesController,
    ResultsQuestionPapersController,
    ResultsAdministrationController,
  ],
  providers: [ScriptAccessService, ResultStatusService, EnquireServicesService],
})
export class ResultsModule {}

import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../idempotency/idempotency.module.js';
import { ResultsAdministrationController } from './results-administration.controller.js';
import { ResultsScriptsController } from './results-scripts.controller.js';
import { ScriptAccessService } from './script-access.service.js';

@Module({
  imports: [IdempotencyModule],
  controllers: [ResultsScriptsController, ResultsAdministrationController],
  providers: [ScriptAccessService],
})
export class ResultsModule {}

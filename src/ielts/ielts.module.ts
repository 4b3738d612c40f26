import { Module } from '@nestjs/common';
import { ResultVerificationController } from './result-verification.controller.js';
import { ResultVerificationService } from './result-verification.service.js';

@Module({ controllers: [ResultVerificationController], providers: [ResultVerificationService], exports: [ResultVerificationService] })
export class IeltsModule {}

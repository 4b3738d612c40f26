import { Global, Module } from '@nestjs/common';
import { ErrorsController } from '../errors/errors.controller.js';
import { MetricsRegistry } from '../metrics/metrics-registry.js';
import { HealthController } from './health.controller.js';

/** The unauthenticated platform endpoints: health, metrics and the error catalogue. */
@Global()
@Module({ controllers: [HealthController, ErrorsController], providers: [MetricsRegistry], exports: [MetricsRegistry] })
export class HealthModule {}

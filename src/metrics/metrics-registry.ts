import { Injectable } from '@nestjs/common';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { HttpRequestMetrics } from './http-request-metrics.js';

/** One registry per application instance, so that several instances in one process do not collide. */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();
  /** What each request adds (observed as it completes, by the hook in app.factory). */
  readonly http = new HttpRequestMetrics(this.registry);

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}

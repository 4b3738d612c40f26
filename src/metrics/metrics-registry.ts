import { Injectable } from '@nestjs/common';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { HttpRequestMetrics } from './http-request-metrics.js';

/** One registry per application instance, so that several instances in one process do not collide. */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();
  private readonly http = new HttpRequestMetrics(this.registry);

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Routes are labelled by their template (`/v1/x/:id`), unmatched ones as one label, to bound cardinality. */
  observe(method: string, route: string | undefined, status: number, seconds: number): void {
    this.http.observe(method, route, status, seconds);
  }
}

import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per application instance, so that several instances in one process do not collide. */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [this.registry],
  });
  readonly duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  // The labelled series of each method, route and status, found once: prom-client hashes the labels on every call otherwise.
  private readonly series = new Map<string, { requests: Counter.Internal; duration: Histogram.Internal<string> }>();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Routes are labelled by their template (`/v1/x/:id`), unmatched ones as one label, to bound cardinality. */
  observe(method: string, route: string | undefined, status: number, seconds: number): void {
    const key = `${method} ${route} ${status}`;
    let series = this.series.get(key);
    if (!series) {
      const labels = { method, route: route ?? 'unmatched', status: String(status) };
      this.series.set(key, (series = { requests: this.requests.labels(labels), duration: this.duration.labels(labels) }));
    }
    series.requests.inc();
    series.duration.observe(seconds);
  }
}

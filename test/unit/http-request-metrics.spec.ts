import { Counter, Histogram, Registry } from 'prom-client';
import { HttpRequestMetrics } from '../../src/metrics/http-request-metrics.js';

describe('HTTP request metrics', () => {
  // The same observations through prom-client's own Counter and Histogram: the scrape must not tell them apart.
  const observations: Array<[string, string | undefined, number, number]> = [
    ['GET', '/v1/ielts/result-verification', 200, 0.0042],
    ['GET', '/v1/ielts/result-verification', 200, 0.005],
    ['GET', '/v1/ielts/result-verification', 200, 0.31],
    ['GET', '/v1/ielts/result-verification', 404, 0.012],
    ['POST', '/oauth/token', 200, 11],
    ['GET', undefined, 404, 0.0001],
    ['GET', '/v1/ielts/result-verification', 200, 2.5],
  ];

  it('scrapes exactly as prom-client counts the same requests', async () => {
    const ours = new Registry();
    const metrics = new HttpRequestMetrics(ours);
    const theirs = new Registry();
    const labelNames = ['method', 'route', 'status'];
    const requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests by method, route and status', labelNames, registers: [theirs] });
    const duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by method, route and status',
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [theirs],
    });
    for (const [method, route, status, seconds] of observations) {
      metrics.observe(method, route, status, seconds);
      const labels = { method, route: route ?? 'unmatched', status: String(status) };
      requests.inc(labels);
      duration.observe(labels, seconds);
    }
    const scraped = await ours.metrics();
    expect(scraped).toBe(await theirs.metrics());
    expect(scraped).toContain('http_requests_total{method="GET",route="/v1/ielts/result-verification",status="200"} 4');
    expect(scraped).toContain('http_request_duration_seconds_bucket{le="0.005",method="GET",route="/v1/ielts/result-verification",status="200"} 2');
  });

  it('starts again from nothing when the registry is reset', async () => {
    const registry = new Registry();
    const metrics = new HttpRequestMetrics(registry);
    metrics.observe('GET', '/health/live', 200, 0.001);
    registry.resetMetrics();
    expect(await registry.metrics()).not.toContain('route="/health/live"');
  });
});

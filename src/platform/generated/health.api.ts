// Generated from openapi/platform.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Get, HttpCode, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply, type BinaryBody } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { HealthStatus } from './platform.dto.js';

@ApiTags("Health")
export abstract class HealthApi {
  @Get('/health/live')
  @HttpCode(200)
  @ContractOperation({"operationId":"getLiveness","module":"platform","scopes":null,"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getLiveness', summary: "Liveness probe" })
  async getLivenessRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await withTransientRetry(() => this.getLiveness({  }, request)));
  }

  /** GET /health/live: Liveness probe */
  abstract getLiveness(input: {  }, request: FastifyRequest): Promise<HealthStatus | ApiReply<HealthStatus, 200>>;

  @Get('/health/ready')
  @HttpCode(200)
  @ContractOperation({"operationId":"getReadiness","module":"platform","scopes":null,"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getReadiness', summary: "Readiness probe" })
  async getReadinessRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await withTransientRetry(() => this.getReadiness({  }, request)));
  }

  /** GET /health/ready: Readiness probe */
  abstract getReadiness(input: {  }, request: FastifyRequest): Promise<ApiReply<HealthStatus, 200> | ApiReply<HealthStatus, 503>>;

  @Get('/metrics')
  @HttpCode(200)
  @ContractOperation({"operationId":"getMetrics","module":"platform","scopes":null,"produces":["text/plain"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getMetrics', summary: "Prometheus metrics" })
  async getMetricsRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await withTransientRetry(() => this.getMetrics({  }, request)));
  }

  /** GET /metrics: Prometheus metrics */
  abstract getMetrics(input: {  }, request: FastifyRequest): Promise<BinaryBody | ApiReply<BinaryBody, 200>>;
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiError } from '../errors/api-error.js';
import { FulfillmentTestEntity } from './entities/fulfillment-test.entity.js';
import { TrackEntity } from './entities/track.entity.js';
import { inventoryTestView } from './fulfillment-views.js';
import type { InventoryTest, TestEvent } from './generated/fulfillment.dto.js';
import { ResultWebhookDeliveryService } from './result-webhook-delivery.service.js';
import { nextStatus, webhookFires } from './test-lifecycle.js';

/** The provider moves a test through its states; the track's webhook is queued with the change. */
@Injectable()
export class TestLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly webhooks: ResultWebhookDeliveryService,
  ) {}

  async record(testId: string, input: TestEvent): Promise<InventoryTest> {
    if (input.event === 'graded' && !input.scores) {
      throw new ApiError(60002, 'scores is required for the graded event', {
        details: [{ location: 'body', field: 'scores', message: 'required for graded' }],
      });
    }
    let queued = false;
    const test = await this.dataSource.transaction(async (manager) => {
      const tests = manager.getRepository(FulfillmentTestEntity);
      const current = await tests.findOne({ where: { testId }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new ApiError(70404, `No test ${testId}.`);
      const status = nextStatus(current.status, input.event);
      if (!status) throw new ApiError(70409, `A ${current.status} test cannot be ${input.event}; see the allowed moves in the contract.`);
      const today = new Date().toISOString().slice(0, 10);
      const changes: Pick<FulfillmentTestEntity, 'status' | 'scores' | 'testDate' | 'durationMinutes'> =
        input.event === 'reset'
          ? { status, scores: null, testDate: null, durationMinutes: null }
          : {
              status,
              testDate: input.testDate ?? current.testDate ?? (input.event === 'started' ? today : current.testDate),
              durationMinutes: input.duration ?? current.durationMinutes,
              scores: input.event === 'graded' ? input.scores! : current.scores,
            };
      await tests.update({ testId }, { ...changes, updatedAt: () => 'now()' });
      const updated = await tests.findOneByOrFail({ testId });
      if (updated.trackCode) {
        const track = await manager.getRepository(TrackEntity).findOneByOrFail({ code: updated.trackCode });
        if (webhookFires(input.event, track.fireOnFinished)) {
          await this.webhooks.enqueue(manager, updated, input.event);
          queued = true;
        }
      }
      return updated;
    });
    if (queued) this.webhooks.deliverSoon();
    return inventoryTestView(test);
  }
}

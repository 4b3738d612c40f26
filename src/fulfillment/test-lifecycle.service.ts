import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiError } from '../errors/api-error.js';
import type { FulfillmentTestEntity } from './entities/fulfillment-test.entity.js';
import { testColumns } from './fulfillment-columns.js';
import type { TrackEntity } from './entities/track.entity.js';
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
      const [current]: FulfillmentTestEntity[] = await manager.query(`SELECT ${testColumns()} FROM fulfillment_tests WHERE test_id = $1 FOR UPDATE`, [testId]);
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
      const [[updated]]: [FulfillmentTestEntity[]] = await manager.query(
        `UPDATE fulfillment_tests SET status = $2, scores = $3::jsonb, test_date = $4, duration_minutes = $5, updated_at = now() WHERE test_id = $1 RETURNING ${testColumns()}`,
        [testId, changes.status, changes.scores === null ? null : JSON.stringify(changes.scores), changes.testDate, changes.durationMinutes],
      );
      if (updated.trackCode) {
        const [{ fireOnFinished }]: Array<Pick<TrackEntity, 'fireOnFinished'>> = await manager.query(
          'SELECT fire_on_finished AS "fireOnFinished" FROM fulfillment_tracks WHERE code = $1',
          [updated.trackCode],
        );
        if (webhookFires(input.event, fireOnFinished)) {
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

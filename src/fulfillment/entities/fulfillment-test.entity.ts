import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TestSource } from './product-code.entity.js';

export const TEST_STATUSES = ['Ready', 'Started', 'Finished', 'Review', 'Technical Difficulty', 'Invalidated', 'Completed', 'Disabled'] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

export interface TestScores {
  overallLevel: number;
  reportUrl?: string;
  sections: Array<{ name: string; level: number; score: number }>;
}

/** One test ID of an organisation's inventory: available while Ready with nothing in assigned-to. */
@Entity({ name: 'fulfillment_tests' })
export class FulfillmentTestEntity {
  @PrimaryColumn({ name: 'test_id', type: 'varchar', length: 20 }) testId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'test_type', type: 'varchar', length: 60 }) testType!: string;
  @Column({ type: 'varchar', length: 32 }) password!: string;
  @Column({ type: 'varchar', length: 30, default: 'Ready' }) status!: TestStatus;
  @Column({ type: 'varchar', length: 10, default: 'inventory' }) source!: TestSource;
  @Column({ name: 'assigned_to', type: 'jsonb', nullable: true }) assignedTo!: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) registration!: Record<string, unknown> | null;
  @Column({ name: 'track_code', type: 'varchar', length: 40, nullable: true }) trackCode!: string | null;
  @Column({ name: 'product_code', type: 'varchar', length: 60, nullable: true }) productCode!: string | null;
  @Column({ name: 'assigned_at', type: 'timestamptz', nullable: true }) assignedAt!: Date | null;
  @Column({ name: 'expires_on', type: 'date', nullable: true }) expiresOn!: string | null;
  @Column({ name: 'test_date', type: 'date', nullable: true }) testDate!: string | null;
  @Column({ name: 'duration_minutes', type: 'integer', nullable: true }) durationMinutes!: number | null;
  @Column({ type: 'jsonb', nullable: true }) scores!: TestScores | null;
  @Column({ name: 'recycled_count', type: 'integer', default: 0 }) recycledCount!: number;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

/** What an allocation answers and e-mails of the test it took (read in the statement that takes it). */
export type AllocatedTest = Pick<FulfillmentTestEntity, 'testId' | 'testType' | 'password' | 'status' | 'source' | 'assignedTo' | 'registration' | 'trackCode'>;

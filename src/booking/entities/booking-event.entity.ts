import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'booking_events' })
export class BookingEventEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'venue_id', type: 'uuid' }) venueId!: string;
  @Column({ name: 'start_at', type: 'timestamptz' }) startAt!: Date;
  @Column({ name: 'exam_type', type: 'varchar', length: 40 }) examType!: string;
  @Column({ name: 'exam_format', type: 'varchar', length: 40 }) examFormat!: string;
  @Column({ name: 'billing_code', type: 'varchar', length: 40 }) billingCode!: string;
  @Column({ name: 'registration_limit', type: 'integer', nullable: true }) registrationLimit!: number | null;
  @Column({ type: 'varchar', length: 20, default: 'Scheduled' }) status!: 'Scheduled' | 'Cancelled';
  @Column({ name: 'cancel_reason', type: 'varchar', length: 500, nullable: true }) cancelReason!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

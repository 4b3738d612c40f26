import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'booking_registrations' })
export class BookingRegistrationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId!: string;
  @Column({ name: 'learner_id', type: 'uuid' }) learnerId!: string;
  @Column({ name: 'learner_registrant_type', type: 'varchar', length: 40, nullable: true }) learnerRegistrantType!: string | null;
  @Column({ name: 'assessment_code', type: 'varchar', length: 40, nullable: true }) assessmentCode!: string | null;
  @Column({ type: 'varchar', length: 20, default: 'Active' }) status!: 'Active' | 'Cancelled';
  @Column({ name: 'cancel_reason', type: 'varchar', length: 500, nullable: true }) cancelReason!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'last_change_at', type: 'timestamptz', default: () => 'now()' }) lastChangeAt!: Date;
}

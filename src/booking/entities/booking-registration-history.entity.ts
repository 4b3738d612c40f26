import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every command applied to a registration, with its reason and time. */
@Entity({ name: 'booking_registration_history' })
export class BookingRegistrationHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'registration_id', type: 'uuid' }) registrationId!: string;
  @Column({ type: 'varchar', length: 40 }) command!: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) reason!: string | null;
  @Column({ type: 'jsonb', default: {} }) details!: Record<string, unknown>;
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' }) at!: Date;
}

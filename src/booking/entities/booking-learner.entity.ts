import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'booking_learners' })
export class BookingLearnerEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) email!: string | null;
  @Column({ type: 'varchar', length: 60, nullable: true }) code!: string | null;
}

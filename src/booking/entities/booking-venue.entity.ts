import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'booking_venues' })
export class BookingVenueEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
}

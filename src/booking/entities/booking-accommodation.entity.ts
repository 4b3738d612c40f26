import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'booking_accommodations' })
export class BookingAccommodationEntity {
  @PrimaryColumn({ name: 'registration_id', type: 'uuid' }) registrationId!: string;
  @PrimaryColumn({ type: 'varchar', length: 60 }) type!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) name!: string | null;
  @Column({ name: 'time_extension', type: 'integer', nullable: true }) timeExtension!: number | null;
}

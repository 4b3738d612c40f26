import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Forms are the provider's, shared by every organisation; only published, non-bilingual ones can be booked. */
@Entity({ name: 'booking_assessment_forms' })
export class BookingAssessmentFormEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) code!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'boolean' }) published!: boolean;
  @Column({ type: 'boolean' }) bilingual!: boolean;
}

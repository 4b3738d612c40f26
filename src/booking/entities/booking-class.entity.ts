import { Column, Entity, JoinTable, ManyToMany, PrimaryColumn } from 'typeorm';
import { BookingLearnerEntity } from './booking-learner.entity.js';

/** A group of an organisation's learners, such as a school class. */
@Entity({ name: 'booking_classes' })
export class BookingClassEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;

  @ManyToMany(() => BookingLearnerEntity)
  @JoinTable({ name: 'booking_class_learners', joinColumn: { name: 'class_id' }, inverseJoinColumn: { name: 'learner_id' } })
  learners?: BookingLearnerEntity[];
}

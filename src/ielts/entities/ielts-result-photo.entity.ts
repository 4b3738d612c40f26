import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The candidate photo, apart from the result row so that queries without photos never read it. */
@Entity({ name: 'ielts_result_photos' })
export class IeltsResultPhotoEntity {
  @PrimaryColumn({ name: 'result_id', type: 'uuid' }) resultId!: string;
  @Column({ name: 'media_type', type: 'varchar', length: 10, default: 'JPEG' }) mediaType!: string;
  @Column({ type: 'bytea' }) data!: Buffer;
}

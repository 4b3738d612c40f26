import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The candidate photo, apart from the result row so that queries without photos never read it. */
@Entity({ name: 'ielts_result_photos' })
export class IeltsResultPhotoEntity {
  @PrimaryColumn({ name: 'result_id', type: 'uuid' }) resultId!: string;
  @Column({ name: 'media_type', type: 'varchar', length: 10, default: 'JPEG' }) mediaType!: string;
  @Column({ type: 'bytea' }) data!: Buffer;
  /** `data` as base64 without line breaks, as answers carry it: set by a trigger from `data` on every write, never by the code. */
  @Column({ name: 'data_base64', type: 'text', insert: false, update: false, select: false }) dataBase64!: string;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

export type TestSource = 'inventory' | 'sale';

/** What a product code fulfils: a test type, from the inventory or as a sale; GTX/STX is its prefix. */
@Entity({ name: 'fulfillment_product_codes' })
export class ProductCodeEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 }) code!: string;
  @Column({ name: 'test_type', type: 'varchar', length: 60 }) testType!: string;
  @Column({ type: 'varchar', length: 10, default: 'inventory' }) source!: TestSource;
  @Column({ type: 'text' }) instructions!: string;
  @Column({ name: 'test_url', type: 'varchar', length: 500 }) testUrl!: string;
  @Column({ type: 'boolean', default: true }) enabled!: boolean;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrganisationKind } from '../organisation-kind.js';

/** Who an API client acts for: a Recognising Organisation, a centre, a Local Administrator, a board. */
@Entity({ name: 'organisations' })
export class OrganisationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: OrganisationKind;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

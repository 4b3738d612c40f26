import { Column, Entity, PrimaryColumn } from 'typeorm';

export type IeltsModule = 'Academic' | 'General Training';
export type IeltsResultStatus = 'RELEASED' | 'REMARKED' | 'CORRECTED' | 'CANCELLED' | 'WITHHELD';
export type IeltsSkill = 'Listening' | 'Reading' | 'Writing' | 'Speaking';

const score = { type: 'numeric' as const, precision: 3, scale: 1, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } };

/** One Test Report Form. */
@Entity({ name: 'ielts_results' })
export class IeltsResultEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'trf_number', type: 'varchar', length: 18, unique: true }) trfNumber!: string;
  @Column({ name: 'centre_number', type: 'varchar', length: 10 }) centreNumber!: string;
  @Column({ name: 'candidate_number', type: 'varchar', length: 10 }) candidateNumber!: string;
  @Column({ name: 'candidate_id', type: 'varchar', length: 40 }) candidateId!: string;
  @Column({ name: 'id_type', type: 'varchar', length: 40, nullable: true }) idType!: string | null;
  @Column({ name: 'family_name', type: 'varchar', length: 100 }) familyName!: string;
  @Column({ name: 'first_name', type: 'varchar', length: 100 }) firstName!: string;
  @Column({ name: 'date_of_birth', type: 'date' }) dateOfBirth!: string;
  @Column({ type: 'char', length: 1 }) gender!: 'M' | 'F' | 'U';
  @Column({ type: 'varchar', length: 3, nullable: true }) nationality!: string | null;
  @Column({ name: 'country_of_origin', type: 'varchar', length: 3, nullable: true }) countryOfOrigin!: string | null;
  @Column({ name: 'first_language', type: 'varchar', length: 60, nullable: true }) firstLanguage!: string | null;
  @Column({ name: 'test_date', type: 'date' }) testDate!: string;
  @Column({ type: 'varchar', length: 20 }) module!: IeltsModule;
  @Column({ name: 'listening_score', ...score }) listeningScore!: number;
  @Column({ name: 'reading_score', ...score }) readingScore!: number;
  @Column({ name: 'writing_score', ...score }) writingScore!: number;
  @Column({ name: 'speaking_score', ...score }) speakingScore!: number;
  @Column({ name: 'overall_band_score', ...score }) overallBandScore!: number;
  @Column({ name: 'cefr_level', type: 'varchar', length: 2, nullable: true }) cefrLevel!: string | null;
  @Column({ type: 'varchar', length: 20 }) status!: IeltsResultStatus;
  @Column({ type: 'varchar', length: 40, nullable: true }) telephone!: string | null;
  @Column({ name: 'postal_address', type: 'varchar', length: 200, nullable: true }) postalAddress!: string | null;
  @Column({ name: 'address_line1', type: 'varchar', length: 100, nullable: true }) addressLine1!: string | null;
  @Column({ name: 'address_line2', type: 'varchar', length: 100, nullable: true }) addressLine2!: string | null;
  @Column({ name: 'address_line3', type: 'varchar', length: 100, nullable: true }) addressLine3!: string | null;
  @Column({ name: 'address_line4', type: 'varchar', length: 100, nullable: true }) addressLine4!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) region!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) town!: string | null;
  @Column({ name: 'post_code', type: 'varchar', length: 20, nullable: true }) postCode!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) country!: string | null;
  @Column({ name: 'country_code', type: 'varchar', length: 3, nullable: true }) countryCode!: string | null;
  @Column({ name: 'candidate_email', type: 'varchar', length: 200, nullable: true }) candidateEmail!: string | null;
  @Column({ name: 'osr_skill', type: 'varchar', length: 10, nullable: true }) osrSkill!: IeltsSkill | null;
  @Column({ name: 'osr_test_date', type: 'date', nullable: true }) osrTestDate!: string | null;
  @Column({ name: 'osr_original_trf_number', type: 'varchar', length: 18, nullable: true }) osrOriginalTrfNumber!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
  /** The result's own members of the verification answer as JSON text: set by a trigger from the row on every write, never by the code. */
  @Column({ name: 'wire_fields', type: 'text', insert: false, update: false, select: false }) wireFields!: string;
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface Country {
  code: string;
  name: string;
}

/**
 * The IELTS country table (ielts_country_codes, filled by its migration). It changes only with a
 * migration, so each process reads it once.
 */
@Injectable()
export class CountryCodesService {
  private codes?: Promise<ReadonlySet<string>>;

  constructor(private readonly dataSource: DataSource) {}

  /** Every country, "Other" first, then by name. */
  list(): Promise<Country[]> {
    return this.dataSource.query(`SELECT code, name FROM ielts_country_codes ORDER BY code <> '0', lower(name)`);
  }

  /** The codes of the table. */
  knownCodes(): Promise<ReadonlySet<string>> {
    this.codes ??= this.dataSource.query('SELECT code FROM ielts_country_codes').then(
      (rows: Country[]) => new Set(rows.map((row) => row.code)),
      (error) => {
        // Asked again next time rather than remembered as a failure.
        this.codes = undefined;
        throw error;
      },
    );
    return this.codes;
  }
}

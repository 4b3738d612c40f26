import { Controller } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IELTSReferenceDataApi } from './generated/ielts-reference-data.api.js';
import type { ListCountryCodesResponse200 } from './generated/ielts.dto.js';

@Controller()
export class CountryCodesController extends IELTSReferenceDataApi {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async listCountryCodes(): Promise<ListCountryCodesResponse200> {
    const countries = await this.dataSource.query(`SELECT code, name FROM ielts_country_codes ORDER BY code <> '0', lower(name)`);
    return { countries };
  }
}

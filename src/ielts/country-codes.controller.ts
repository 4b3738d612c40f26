import { Controller } from '@nestjs/common';
import { CountryCodesService } from './country-codes.service.js';
import { IELTSReferenceDataApi } from './generated/ielts-reference-data.api.js';
import type { ListCountryCodesResponse200 } from './generated/ielts.dto.js';

@Controller()
export class CountryCodesController extends IELTSReferenceDataApi {
  constructor(private readonly countries: CountryCodesService) {
    super();
  }

  async listCountryCodes(): Promise<ListCountryCodesResponse200> {
    return { countries: await this.countries.list() };
  }
}

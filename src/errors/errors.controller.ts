import { Controller } from '@nestjs/common';
import { ApiError } from './api-error.js';
import { ERROR_CATALOGUE, catalogueEntry, isErrorCode } from './error-catalogue.js';
import { ErrorsApi } from '../platform/generated/errors.api.js';
import type { ErrorCatalogueEntry, GetErrorPath, ListErrorsResponse200 } from '../platform/generated/platform.dto.js';

@Controller()
export class ErrorsController extends ErrorsApi {
  async listErrors(): Promise<ListErrorsResponse200> {
    return { errors: Object.keys(ERROR_CATALOGUE).map((code) => catalogueEntry(Number(code) as keyof typeof ERROR_CATALOGUE)) };
  }

  async getError({ path }: { path: GetErrorPath }): Promise<ErrorCatalogueEntry> {
    const code = Number(path.errorCode);
    if (!isErrorCode(code)) throw new ApiError(70404, `No error has the code ${path.errorCode}.`);
    return catalogueEntry(code);
  }
}

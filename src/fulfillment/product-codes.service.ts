import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiError } from '../errors/api-error.js';
import { ProductCodeEntity } from './entities/product-code.entity.js';
import type { ProductCode, ProductCodeInput } from './generated/fulfillment.dto.js';

const DEFAULT_INSTRUCTIONS =
  'Sign in with your test ID and password. Allow about 90 minutes, use a computer with a microphone and headphones, and do not close the browser while the test runs.';

export function productCodeView(product: ProductCodeEntity): ProductCode {
  return {
    productCode: product.code,
    testType: product.testType,
    delivery: product.code.startsWith('STX-') ? 'STX' : 'GTX',
    source: product.source,
    instructions: product.instructions,
    testUrl: product.testUrl,
    enabled: product.enabled,
  };
}

/** The enabled product code, or 400/71420 naming the body field it came from. */
export async function findEnabledProductCode(manager: EntityManager, code: string, field: string): Promise<ProductCodeEntity> {
  const product = await manager.getRepository(ProductCodeEntity).findOneBy({ code });
  if (!product || !product.enabled) {
    throw new ApiError(71420, `The product code ${code} is unknown or disabled.`, {
      details: [{ location: 'body', field, message: `unknown product code ${code}` }],
    });
  }
  return product;
}

/** The product codes the provider defines; GTX/STX is read from the code's prefix. */
@Injectable()
export class ProductCodesService {
  constructor(private readonly dataSource: DataSource) {}

  async listEnabled(): Promise<ProductCode[]> {
    const products = await this.dataSource.getRepository(ProductCodeEntity).find({ where: { enabled: true }, order: { code: 'ASC' } });
    return products.map(productCodeView);
  }

  async put(code: string, input: ProductCodeInput): Promise<ProductCode> {
    const repository = this.dataSource.getRepository(ProductCodeEntity);
    const current = await repository.findOneBy({ code });
    await repository.save({
      code,
      testType: input.testType,
      source: input.source ?? current?.source ?? 'inventory',
      instructions: input.instructions ?? current?.instructions ?? DEFAULT_INSTRUCTIONS,
      testUrl: input.testUrl,
      enabled: input.enabled ?? current?.enabled ?? true,
      updatedAt: new Date(),
    });
    return productCodeView(await repository.findOneByOrFail({ code }));
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiError } from '../errors/api-error.js';
import type { ProductCodeEntity } from './entities/product-code.entity.js';
import { productCodeColumns } from './fulfillment-columns.js';
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
  const [product]: ProductCodeEntity[] = await manager.query(`SELECT ${productCodeColumns()} FROM fulfillment_product_codes WHERE code = $1`, [code]);
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
    const products: ProductCodeEntity[] = await this.dataSource.query(
      `SELECT ${productCodeColumns()} FROM fulfillment_product_codes WHERE enabled ORDER BY code`,
    );
    return products.map(productCodeView);
  }

  async put(code: string, input: ProductCodeInput): Promise<ProductCode> {
    // What the input leaves out keeps its stored value, or takes its default on creation.
    const [product]: ProductCodeEntity[] = await this.dataSource.query(
      `INSERT INTO fulfillment_product_codes AS p (code, test_type, source, instructions, test_url, enabled, updated_at)
       VALUES ($1, $2, COALESCE($3, 'inventory'), COALESCE($4, $7), $5, COALESCE($6, true), now())
       ON CONFLICT (code) DO UPDATE SET test_type = EXCLUDED.test_type, source = COALESCE($3, p.source), instructions = COALESCE($4, p.instructions),
         test_url = EXCLUDED.test_url, enabled = COALESCE($6, p.enabled), updated_at = now()
       RETURNING ${productCodeColumns('p')}`,
      [code, input.testType, input.source ?? null, input.instructions ?? null, input.testUrl, input.enabled ?? null, DEFAULT_INSTRUCTIONS],
    );
    return productCodeView(product);
  }
}

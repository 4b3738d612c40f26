import { join } from 'node:path';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { contractOperations, loadContract, type OpenApiDocument } from '../../src/contract/contract-document.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

function operations(document: Pick<OpenApiDocument, 'paths'>): string[] {
  return contractOperations(document as OpenApiDocument)
    .map(({ path, method, operation }) => `${method.toUpperCase()} ${path} ${operation.operationId}`)
    .sort();
}

describe('the routes the server serves are exactly the contract operations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('has one Nest route per contract operation, same path, method and operationId', () => {
    // @nestjs/swagger reads the routes from the controllers; the contract is the hand-written YAML.
    const served = SwaggerModule.createDocument(app.running.app, new DocumentBuilder().build());
    const contract = loadContract(join(process.cwd(), 'openapi'));
    expect(operations(served as never)).toEqual(operations(contract));
  });
});

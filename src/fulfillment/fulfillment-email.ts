import type { AllocatedTest } from './entities/fulfillment-test.entity.js';
import type { ProductCodeEntity } from './entities/product-code.entity.js';

/** The candidate's e-mail of an STX fulfilment: the test ID, the password, where to go and the instructions. */
export function fulfillmentEmail(test: AllocatedTest, product: ProductCodeEntity): { subject: string; text: string } {
  const registration = test.registration ?? {};
  const assigned = test.assignedTo ?? {};
  const name =
    [registration.First_Name, registration.Last_Name].filter((part) => typeof part === 'string' && part.trim()).join(' ') ||
    (typeof assigned['student-name'] === 'string' ? assigned['student-name'] : '');
  const lines = [
    name ? `Dear ${name},` : 'Dear candidate,',
    '',
    `Your ${product.testType} test is ready.`,
    '',
    `  Test ID:  ${test.testId}`,
    `  Password: ${test.password}`,
    `  Start at: ${product.testUrl}`,
    '',
    product.instructions,
    '',
    'Keep this message: you need the test ID and the password to sign in.',
  ];
  return { subject: `Your ${product.testType} test ID: ${test.testId}`, text: lines.join('\n') };
}

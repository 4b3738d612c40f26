import type { IncomingHttpHeaders } from 'node:http';
import { ApiError } from '../errors/api-error.js';
import { isValidTransactionId } from '../transaction/transaction-id.js';

/** Node's own test for the one expectation it meets (a 100 Continue before the body). */
const EXPECT_CONTINUE = /(?:^|\W)100-continue(?:$|\W)/i;

/**
 * The header rules every request meets before it is routed, each refusal a 400/60010 naming the
 * header; undefined when the request meets them all. Expect and Host were Node's to refuse, with a
 * bare 417 or 400 and no body: app.factory.ts switches those off so that they are refused here.
 */
export function requestHeaderProblem(headers: IncomingHttpHeaders, httpVersion: string): ApiError | undefined {
  const sent = headers['x-transaction-id'];
  if (sent !== undefined && (typeof sent !== 'string' || !isValidTransactionId(sent))) {
    return headerProblem(
      'X-TRANSACTION-ID',
      'must be 5 to 128 characters of A-Z a-z 0-9 . _ : -',
      'X-TRANSACTION-ID must be 5 to 128 characters of A-Z a-z 0-9 . _ : -',
    );
  }
  if (httpVersion !== '1.1') return undefined;
  // Node meets 100-continue itself; any other expectation reaches the routes (checkExpectation).
  const expect = headers.expect;
  if (expect !== undefined && !EXPECT_CONTINUE.test(expect)) {
    return headerProblem('Expect', 'can only be 100-continue', `Expect ${expect.slice(0, 100)} cannot be met; Expect can only be 100-continue.`);
  }
  // RFC 9112, section 3.2.
  if (headers.host === undefined) {
    return headerProblem(
      'Host',
      'is required in an HTTP/1.1 request (RFC 9112, section 3.2)',
      'Host is required in an HTTP/1.1 request (RFC 9112, section 3.2).',
    );
  }
  return undefined;
}

function headerProblem(field: string, message: string, detail: string): ApiError {
  return new ApiError(60010, detail, { details: [{ location: 'header', field, message }] });
}

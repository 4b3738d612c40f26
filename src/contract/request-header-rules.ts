import type { IncomingHttpHeaders } from 'node:http';
import { ApiError } from '../errors/api-error.js';
import { isValidTransactionId } from '../transaction/transaction-id.js';

/** Node's own test for the one expectation it meets (a 100 Continue before the body). */
const EXPECT_CONTINUE = /(?:^|\W)100-continue(?:$|\W)/i;

/**
 * A Host value (RFC 9112, section 3.2): a host name, an IPv4 address or a bracketed IP literal,
 * with an optional port; empty is allowed. Two Host lines arrive joined by ", " (app.factory.ts
 * asks Node to join duplicates), and no valid value holds a space, so this also finds them.
 */
const HOST = /^(?:\[[0-9A-Za-z:._~%-]+\]|[A-Za-z0-9\-._~!$&'()*+,;=%]*)(?::[0-9]*)?$/;

/**
 * The header rules every request meets before it is routed, each refusal a 400/60010 naming the
 * header; undefined when the request meets them all. Expect and Host were Node's to refuse, with a
 * bare 417 or 400 and no body: app.factory.ts switches those off so that they are refused here.
 *
 * Headers that may be given only once: Node kept the first of two Host, Authorization or
 * Content-Type lines and dropped the rest unseen, so a request whose intermediaries read the last
 * (the host it was routed by, the credential a gateway checked) was served as another. Node now joins
 * them with ", " (joinDuplicateHeaders), which none of their valid values here holds, and they are
 * refused: RFC 9112 requires it of Host, and the others cannot be read without guessing.
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
  const { host, authorization } = headers;
  if (host !== undefined && !HOST.test(host)) {
    const message = 'must be given once, as a host name or address with an optional port (RFC 9112, section 3.2)';
    return headerProblem('Host', message, `Host ${host.slice(0, 100)} ${message}.`);
  }
  // Basic and Bearer credentials hold no comma.
  if (authorization !== undefined && authorization.includes(',')) {
    const message = 'must be given once, with one Basic or Bearer credential';
    return headerProblem('Authorization', message, `Authorization ${message}.`);
  }
  const contentType = headers['content-type'];
  // A comma in the media type itself (a parameter's quoted value may hold one).
  if (contentType !== undefined && contentType.split(';', 1)[0].includes(',')) {
    const message = 'must be given once, naming one media type';
    return headerProblem('Content-Type', message, `Content-Type ${contentType.slice(0, 100)} ${message}.`);
  }
  if (httpVersion !== '1.1') return undefined;
  // Node meets 100-continue itself; any other expectation reaches the routes (checkExpectation).
  const expect = headers.expect;
  if (expect !== undefined && !EXPECT_CONTINUE.test(expect)) {
    return headerProblem('Expect', 'can only be 100-continue', `Expect ${expect.slice(0, 100)} cannot be met; Expect can only be 100-continue.`);
  }
  // RFC 9112, section 3.2.
  if (host === undefined) {
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

/**
 * Every error the platform answers. The first nine codes and their messages are the IELTS
 * Results CRM API's own; the others extend the catalogue for what that table does not cover.
 */
export const ERROR_CATALOGUE = {
  60001: { status: 400, title: 'Mandatory query parameter missing or invalid', errorMessage: 'Message Not Processed: Mandatory Query Parameter is missing.' },
  60002: { status: 400, title: 'Invalid request body', errorMessage: 'Message Not Processed: The request body is invalid.' },
  60003: { status: 400, title: 'Malformed JSON', errorMessage: 'Message Not Processed: The request body is not well-formed JSON.' },
  60004: { status: 415, title: 'Unsupported media type', errorMessage: 'Message Not Processed: The request Content-Type is not supported.' },
  60005: { status: 413, title: 'Request body too large', errorMessage: 'Message Not Processed: The request body is too large.' },
  60006: {
    status: 500,
    title: 'Technical error',
    errorMessage: 'Message Not Processed. There is some technical error while processing request. Please report this to Support team.',
  },
  60007: { status: 406, title: 'Not acceptable', errorMessage: 'Message Not Processed: The requested response media type is not supported.' },
  60008: {
    status: 400,
    title: 'Too many results for one response',
    errorMessage: 'Message Not Processed: The query matches more than 2000 records. Send page and limit, or narrow the date range.',
  },
  60009: { status: 405, title: 'Method not allowed', errorMessage: 'Message Not Processed: The method is not allowed on this resource.' },
  60010: { status: 400, title: 'Invalid header', errorMessage: 'Message Not Processed: A request header is invalid.' },
  60011: { status: 400, title: 'Malformed request', errorMessage: 'Message Not Processed: The request line or its URL is malformed.' },
  60012: { status: 414, title: 'URI too long', errorMessage: 'Message Not Processed: A path segment of the URL is too long.' },
  60013: {
    status: 431,
    title: 'Request headers too large',
    errorMessage: 'Message Not Processed: The request line and headers are larger than the server accepts.',
  },
  60014: {
    status: 408,
    title: 'Request timeout',
    errorMessage: 'Message Not Processed: The request did not arrive in full in time.',
  },
  60015: {
    status: 400,
    title: 'Too many pipelined requests',
    errorMessage: 'Message Not Processed: Too many requests were sent on one connection without waiting for their answers.',
  },
  70401: { status: 401, title: 'Invalid credentials', errorMessage: 'Message Not Processed: Invalid Access token. Please provide valid access token.' },
  70402: { status: 401, title: 'Missing credentials', errorMessage: 'Message Not Processed: Missing Access token. Please provide valid access token.' },
  70403: {
    status: 403,
    title: 'Not allowed',
    errorMessage: 'Message Not Processed: Not allowed to access requested resource. Please contact support for the access.',
  },
  70404: { status: 404, title: 'Not found', errorMessage: 'Message Not Processed: Requested resource is not found.' },
  70405: { status: 401, title: 'Expired access token', errorMessage: 'Message Not Processed: Access token expired. Please try again with valid token.' },
  70409: { status: 409, title: 'Conflict', errorMessage: 'Message Not Processed: The request conflicts with the current state of the resource.' },
  70430: {
    status: 429,
    title: 'Too many failed authentications',
    errorMessage: 'Message Not Processed: Too many failed authentication attempts. Please try again after the time given in Retry-After.',
  },
  70431: {
    status: 429,
    title: 'Too many requests from this address',
    errorMessage: 'Message Not Processed: Too many requests from this address. Please try again after the time given in Retry-After.',
  },
  70429: {
    status: 429,
    title: 'Daily quota exceeded',
    errorMessage: 'Message Not Processed: Daily request quota exceeded. Please try again after the reset time.',
  },
  71409: { status: 409, title: 'No test available', errorMessage: 'Message Not Processed: No available test ID for the product code.' },
  71410: { status: 400, title: 'Malformed signature header', errorMessage: 'Message Not Processed: The X-Fulfillment-Signature header is malformed.' },
  71411: { status: 401, title: 'Missing signature', errorMessage: 'Message Not Processed: The X-Fulfillment-Signature header is missing.' },
  71412: { status: 401, title: 'Unknown signing key', errorMessage: 'Message Not Processed: The signing key is unknown or revoked.' },
  71413: {
    status: 403,
    title: 'Signing key of another client',
    errorMessage: 'Message Not Processed: The signing key does not belong to the authenticated client.',
  },
  71414: {
    status: 403,
    title: 'Signing key of another product code',
    errorMessage: 'Message Not Processed: The signing key was issued for another product code.',
  },
  71415: { status: 401, title: 'Signature mismatch', errorMessage: 'Message Not Processed: The signature does not match the request body.' },
  71416: { status: 401, title: 'Stale signature timestamp', errorMessage: 'Message Not Processed: The signature timestamp is outside the accepted window.' },
  71417: { status: 401, title: 'Replayed request', errorMessage: 'Message Not Processed: The signature nonce was already used.' },
  71420: { status: 400, title: 'Unknown product code', errorMessage: 'Message Not Processed: The product code is unknown or disabled.' },
  71421: { status: 400, title: 'Unknown track code', errorMessage: 'Message Not Processed: The track code is not registered for this customer.' },
  71422: { status: 400, title: 'Invalid registration', errorMessage: 'Message Not Processed: A registration field is invalid.' },
  71423: { status: 400, title: 'E-mail required', errorMessage: 'Message Not Processed: An STX product code needs the candidate e-mail address.' },
  70503: { status: 503, title: 'Back-end unavailable', errorMessage: 'Message Not Processed: One or more back-end is down. Please try again later.' },
  70504: { status: 504, title: 'Back-end timeout', errorMessage: 'Message Not Processed: Back-end timed out. Please try again later.' },
} as const satisfies Record<number, { status: number; title: string; errorMessage: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export function catalogueEntry(code: ErrorCode) {
  return { errorCode: code, ...ERROR_CATALOGUE[code] };
}

export function isErrorCode(code: number): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CATALOGUE, code);
}

import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Response } from 'supertest';
import { loadContract } from '../../src/contract/contract-document.js';
import { STRING_FORMATS } from '../../src/contract/formats.js';
import { pathPattern } from '../../src/contract/contract-methods.js';
import { countsAgainstQuota } from '../../tools/openapi-codegen/security.js';

const document = loadContract(join(process.cwd(), 'openapi'));
const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
(addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
// The server's own reading of each format replaces ajv-formats', so tests and runtime agree.
for (const [name, check] of Object.entries(STRING_FORMATS)) ajv.addFormat(name, { type: 'string', validate: check });
ajv.addSchema(document as object, 'contract');

const templates = Object.keys(document.paths).map((template) => ({
  template,
  pattern: pathPattern(template),
  literal: !template.includes('{'),
}));

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Checks a response against the contract: the operation is found from the request's method and
 * path, the response from its status (exact, then `4XX`/`5XX`, then `default`), and the body must
 * have a media type the contract lists and match its schema. Throws with what differs.
 */
export function assertMatchesContract(response: Response): void {
  const request = (response as unknown as { req: { method: string; path: string } }).req;
  const method = request.method.toLowerCase();
  const path = request.path.split('?')[0];
  if (method === 'head') return assertHeadMatchesContract(response, path);
  const match = templateOf(path);
  if (!match || !document.paths[match.template][method]) {
    // Outside the contract (an unknown route, or a method the path does not take) only the error envelope can answer.
    assertHeadersMatch(ENVELOPE_HEADERS, response.headers, `${method.toUpperCase()} ${path}`);
    return validateAgainst(response, '#/components/schemas/Problem', `${method.toUpperCase()} ${path}`, ['application/problem+json']);
  }
  const operation = document.paths[match.template][method]!;
  const status = String(response.status);
  const { pointer, responseObject } = listedResponse(match.template, method, status, `${method.toUpperCase()} ${match.template} answered ${status}`);
  assertHeadersMatch(responseObject.headers, response.headers, `${method.toUpperCase()} ${match.template} ${status}`, countedAnswer(operation, status));
  const mediaTypes = Object.keys(responseObject.content ?? {});
  if (mediaTypes.length === 0) {
    if (response.text) throw new Error(`${method.toUpperCase()} ${match.template} ${status}: the contract lists no body, got ${response.text.slice(0, 200)}`);
    return;
  }
  const contentType = String(response.headers['content-type'] ?? '')
    .split(';')[0]
    .trim();
  if (!mediaTypes.includes(contentType)) {
    throw new Error(`${method.toUpperCase()} ${match.template} ${status}: content-type ${contentType || '(none)'} is not one of ${mediaTypes.join(', ')}`);
  }
  if (!/json/.test(contentType)) return;
  validateAgainst(response, `${pointer}/content/${escape(contentType)}/schema`, `${method.toUpperCase()} ${match.template} ${status}`, mediaTypes);
}

/**
 * A HEAD answer is a GET's without its body (RFC 9110, section 9.3.2; the contract's introduction
 * says so): a status and media type the GET lists, or the envelope's where there is no GET, and no body.
 */
function assertHeadMatchesContract(response: Response, path: string): void {
  if (response.text) throw new Error(`HEAD ${path} ${response.status}: a HEAD answer has no body, got ${response.text.slice(0, 200)}`);
  const match = templateOf(path);
  const operation = match && document.paths[match.template].get;
  const contentType = String(response.headers['content-type'] ?? '')
    .split(';')[0]
    .trim();
  if (!operation) {
    if (response.status < 400 || contentType !== 'application/problem+json')
      throw new Error(`HEAD ${path} answered ${response.status} ${contentType || '(no content-type)'}, where there is no GET to mirror`);
    return;
  }
  const status = String(response.status);
  const { responseObject } = listedResponse(match.template, 'get', status, `HEAD ${match.template} answered ${status}, for its GET`);
  assertHeadersMatch(responseObject.headers, response.headers, `HEAD ${match.template} ${status}`, countedAnswer(operation, status));
  const mediaTypes = Object.keys(responseObject.content ?? {});
  if (mediaTypes.length > 0 && !mediaTypes.includes(contentType))
    throw new Error(`HEAD ${match.template} ${status}: content-type ${contentType || '(none)'} is not one of ${mediaTypes.join(', ')}`);
}

/** The contract's path template a concrete path falls under, a literal one before one with parameters. */
function templateOf(path: string): (typeof templates)[number] | undefined {
  return templates.filter((t) => t.pattern.test(path)).sort((a, b) => Number(b.literal) - Number(a.literal))[0];
}

/** The response an operation lists for a status (exact, then `4XX`/`5XX`, then `default`), and the pointer to it. */
function listedResponse(template: string, method: string, status: string, label: string) {
  const operation = document.paths[template][method]!;
  const key = [status, `${status[0]}XX`, 'default'].find((k) => operation.responses[k] !== undefined);
  if (!key) throw new Error(`${label}, which the contract does not list`);
  const listed = operation.responses[key];
  const pointer: string = listed.$ref ?? `#/paths/${escape(template)}/${method}/responses/${key}`;
  return { pointer, responseObject: listed.$ref ? document.components!.responses[pointer.split('/').pop()!] : listed };
}

const ENVELOPE_HEADERS = { 'X-TRANSACTION-ID': { $ref: '#/components/headers/X-TRANSACTION-ID' } };

type HeaderObject = { $ref?: string; required?: boolean; schema?: { type?: string; pattern?: string; enum?: string[] } };

/** A successful answer of an operation counted against the quota (as the generator reads it): it carries the RateLimit fields. */
function countedAnswer(operation: { security?: Array<Record<string, string[]>> }, status: string): boolean {
  return countsAgainstQuota(operation.security ?? (document.security as Array<Record<string, string[]>> | undefined)) && /^[23]/.test(status);
}
const RATE_LIMIT_FIELDS = new Set(['RateLimit-Policy', 'RateLimit']);

/**
 * The response headers the contract lists: each one it requires must be there (X-TRANSACTION-ID on
 * every answer; the RateLimit fields on a counted operation's success, as the generator has the
 * contract list them), and each one sent must read as its schema says.
 */
function assertHeadersMatch(listed: Record<string, HeaderObject> | undefined, sent: Record<string, unknown>, label: string, counted = false): void {
  for (const [name, listedHeader] of Object.entries(listed ?? {})) {
    const header = listedHeader.$ref ? (document.components!.headers![listedHeader.$ref.split('/').pop()!] as HeaderObject) : listedHeader;
    const value = sent[name.toLowerCase()];
    if (value === undefined) {
      if (header.required || (counted && RATE_LIMIT_FIELDS.has(name)))
        throw new Error(`${label}: the contract requires the header ${name}, which the answer lacks`);
      continue;
    }
    const text = String(value);
    const { type, pattern, enum: allowed } = header.schema ?? {};
    const fits =
      (type !== 'integer' || /^\d+$/.test(text)) &&
      (pattern === undefined || new RegExp(pattern).test(text)) &&
      (allowed === undefined || allowed.includes(text));
    if (!fits) throw new Error(`${label}: the header ${name}: ${text.slice(0, 100)} does not read as the contract's ${JSON.stringify(header.schema)}`);
  }
}

/** Checks a webhook body this server sent against the contract's `webhooks` entry for its type. */
export function assertWebhookMatchesContract(body: { type: string }): void {
  const pointer = `#/webhooks/${escape(body.type)}/post/requestBody/content/application~1json/schema`;
  const validate = ajv.getSchema(`contract${pointer}`);
  if (!validate) throw new Error(`webhook ${body.type}: the contract describes no such webhook`);
  if (!validate(body))
    throw new Error(`webhook ${body.type}: the body does not match the contract: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`);
}

function validateAgainst(response: Response, pointer: string, label: string, mediaTypes: string[]): void {
  const contentType = String(response.headers['content-type'] ?? '')
    .split(';')[0]
    .trim();
  if (!mediaTypes.includes(contentType)) throw new Error(`${label}: content-type ${contentType || '(none)'} is not one of ${mediaTypes.join(', ')}`);
  const validate = ajv.getSchema(`contract${pointer}`);
  if (!validate) throw new Error(`${label}: no schema at ${pointer}`);
  if (!validate(response.body)) {
    throw new Error(
      `${label}: the body does not match the contract: ${ajv.errorsText(validate.errors, { separator: '\n' })}\n${JSON.stringify(response.body).slice(0, 500)}`,
    );
  }
}

/** Awaits a supertest request and checks its response against the contract. */
export async function call(request: PromiseLike<Response>): Promise<Response> {
  const response = await request;
  assertMatchesContract(response);
  return response;
}

/**
 * A fetch for the SDK in tests: every response it sees is checked against the contract, as the
 * supertest calls are.
 */
export const contractCheckingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input as Request, init);
  const request = input instanceof Request ? input : new Request(input, init);
  assertFetchedMatchesContract(request.method, request.url, response, await response.clone().text());
  return response;
};

/** `assertMatchesContract` for an answer fetched with `fetch`, given its body as text. */
export function assertFetchedMatchesContract(method: string, url: string, response: { status: number; headers: Headers }, text: string): void {
  const contentType = response.headers.get('content-type') ?? '';
  assertMatchesContract({
    req: { method, path: new URL(url).pathname },
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: /json/.test(contentType) && text ? JSON.parse(text) : {},
    text: /json/.test(contentType) || method.toUpperCase() === 'HEAD' ? text : '',
  } as unknown as Response);
}

/**
 * A supertest parser for binary answers (PDF): the body as a Buffer, or as parsed JSON when the
 * server answered an error in the envelope.
 */
export function bytesOrJson(
  res: NodeJS.ReadableStream & { headers: Record<string, string | undefined> },
  done: (error: Error | null, body: unknown) => void,
): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => {
    const bytes = Buffer.concat(chunks);
    done(null, res.headers['content-type']?.includes('json') ? JSON.parse(bytes.toString()) : bytes);
  });
}

// Generated from openapi/credentials.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { isString, matches, maxLength } from 'class-validator';
import { repeatedParameter, unknownParameters, type Parsed } from '../../contract/parameters-pipe.js';
import { isContractFormat } from '../../contract/validators.js';
import { GetStatusListPath, VerifyPageQuery } from './credentials.dto.js';

const GetStatusListPathNames: ReadonlySet<string> = new Set(["listId"]);

/** The path parameters as GetStatusListPath's decorators check them; unknown ones are refused by name. */
export function parseGetStatusListPath(raw: Readonly<Record<string, unknown>>): Parsed<GetStatusListPath> {
  const problems = unknownParameters(raw, GetStatusListPathNames);
  const o = new GetStatusListPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "listId")) o["listId"] = raw["listId"];
  let v: unknown;
  v = o["listId"];
  if (v === undefined || v === null) problems.push(["listId", "listId is required"]);
  else if (!isString(v)) problems.push(["listId", "listId must be a string"]);
  else if (!matches(v, /^[a-z0-9-]{1,40}$/)) problems.push(["listId", "listId must match ^[a-z0-9-]{1,40}$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as GetStatusListPath };
}

const VerifyPageQueryNames: ReadonlySet<string> = new Set(["credential","id"]);

/** The query parameters as VerifyPageQuery's decorators check them; unknown ones are refused by name. */
export function parseVerifyPageQuery(raw: Readonly<Record<string, unknown>>): Parsed<VerifyPageQuery> {
  const problems = unknownParameters(raw, VerifyPageQueryNames);
  const o = new VerifyPageQuery() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "credential")) o["credential"] = raw["credential"];
  if (Object.hasOwn(raw, "id")) o["id"] = raw["id"];
  let v: unknown;
  v = o["credential"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["credential", repeatedParameter("credential", v)]);
    else if (!isString(v)) problems.push(["credential", "credential must be a string"]);
    else if (!maxLength(v, 12000)) problems.push(["credential", "credential must be at most 12000 characters"]);
  }
  v = o["id"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["id", repeatedParameter("id", v)]);
    else if (!isString(v)) problems.push(["id", "id must be a string"]);
    else if (!isContractFormat(v, 'uuid')) problems.push(["id", "id must be a UUID"]);
  }
  return problems.length > 0 ? { problems } : { value: o as unknown as VerifyPageQuery };
}

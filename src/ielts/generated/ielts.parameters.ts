// Generated from openapi/ielts.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { isIn, isInt, isString, matches, max, min } from 'class-validator';
import { repeatedParameter, unknownParameters, type Parsed } from '../../contract/parameters-pipe.js';
import { isContractFormat, toIntegerParameter } from '../../contract/validators.js';
import { AttachPhotoPath, GetResultCredentialPath, GetResultVerificationQuery, SandboxCancelResultPath, SandboxRemarkResultPath, ShareResultPath, UpsertResultPath } from './ielts.dto.js';

const AttachPhotoPathNames: ReadonlySet<string> = new Set(["trfNumber"]);

/** The path parameters as AttachPhotoPath's decorators check them; unknown ones are refused by name. */
export function parseAttachPhotoPath(raw: Readonly<Record<string, unknown>>): Parsed<AttachPhotoPath> {
  const problems = unknownParameters(raw, AttachPhotoPathNames);
  const o = new AttachPhotoPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "trfNumber")) o["trfNumber"] = raw["trfNumber"];
  let v: unknown;
  v = o["trfNumber"];
  if (v === undefined || v === null) problems.push(["trfNumber", "trfNumber is required"]);
  else if (!isString(v)) problems.push(["trfNumber", "trfNumber must be a string"]);
  else if (!matches(v, /^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$/)) problems.push(["trfNumber", "trfNumber must match ^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as AttachPhotoPath };
}

const GetResultCredentialPathNames: ReadonlySet<string> = new Set(["trfNumber"]);

/** The path parameters as GetResultCredentialPath's decorators check them; unknown ones are refused by name. */
export function parseGetResultCredentialPath(raw: Readonly<Record<string, unknown>>): Parsed<GetResultCredentialPath> {
  const problems = unknownParameters(raw, GetResultCredentialPathNames);
  const o = new GetResultCredentialPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "trfNumber")) o["trfNumber"] = raw["trfNumber"];
  let v: unknown;
  v = o["trfNumber"];
  if (v === undefined || v === null) problems.push(["trfNumber", "trfNumber is required"]);
  else if (!isString(v)) problems.push(["trfNumber", "trfNumber must be a string"]);
  else if (!matches(v, /^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$/)) problems.push(["trfNumber", "trfNumber must match ^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as GetResultCredentialPath };
}

const GetResultVerificationQueryNames: ReadonlySet<string> = new Set(["trfNumber","startDateTime","endDateTime","photoFlag","OSRFlag","page","limit"]);

/** The query parameters as GetResultVerificationQuery's decorators check them; unknown ones are refused by name. */
export function parseGetResultVerificationQuery(raw: Readonly<Record<string, unknown>>): Parsed<GetResultVerificationQuery> {
  const problems = unknownParameters(raw, GetResultVerificationQueryNames);
  const o = new GetResultVerificationQuery() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "trfNumber")) o["trfNumber"] = raw["trfNumber"];
  if (Object.hasOwn(raw, "startDateTime")) o["startDateTime"] = raw["startDateTime"];
  if (Object.hasOwn(raw, "endDateTime")) o["endDateTime"] = raw["endDateTime"];
  if (Object.hasOwn(raw, "photoFlag")) o["photoFlag"] = raw["photoFlag"];
  if (Object.hasOwn(raw, "OSRFlag")) o["OSRFlag"] = raw["OSRFlag"];
  if (Object.hasOwn(raw, "page")) o["page"] = toIntegerParameter(raw["page"]);
  if (Object.hasOwn(raw, "limit")) o["limit"] = toIntegerParameter(raw["limit"]);
  let v: unknown;
  v = o["trfNumber"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["trfNumber", repeatedParameter("trfNumber", v)]);
    else if (!isString(v)) problems.push(["trfNumber", "trfNumber must be a string"]);
    else if (!matches(v, /^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$/)) problems.push(["trfNumber", "trfNumber must match ^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$"]);
  }
  v = o["startDateTime"];
  if (o["trfNumber"] === undefined && v !== undefined) {
    if (Array.isArray(v)) problems.push(["startDateTime", repeatedParameter("startDateTime", v)]);
    else if (!isString(v)) problems.push(["startDateTime", "startDateTime must be a string"]);
    else if (!isContractFormat(v, 'date-time-local')) problems.push(["startDateTime", "startDateTime must be a date-time without offset (YYYY-MM-DDThh:mm:ss) naming a real day and time"]);
    else if (!matches(v, /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$/)) problems.push(["startDateTime", "startDateTime must match ^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$"]);
  }
  v = o["endDateTime"];
  if (o["trfNumber"] === undefined && v !== undefined) {
    if (Array.isArray(v)) problems.push(["endDateTime", repeatedParameter("endDateTime", v)]);
    else if (!isString(v)) problems.push(["endDateTime", "endDateTime must be a string"]);
    else if (!isContractFormat(v, 'date-time-local')) problems.push(["endDateTime", "endDateTime must be a date-time without offset (YYYY-MM-DDThh:mm:ss) naming a real day and time"]);
    else if (!matches(v, /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$/)) problems.push(["endDateTime", "endDateTime must match ^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$"]);
  }
  v = o["photoFlag"];
  if (Array.isArray(v)) problems.push(["photoFlag", repeatedParameter("photoFlag", v)]);
  else if (v === undefined || v === null) problems.push(["photoFlag", "photoFlag is required"]);
  else if (!isIn(v, ["Y","N"])) problems.push(["photoFlag", "photoFlag must be one of: Y, N"]);
  v = o["OSRFlag"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["OSRFlag", repeatedParameter("OSRFlag", v)]);
    else if (!isIn(v, ["Y","N"])) problems.push(["OSRFlag", "OSRFlag must be one of: Y, N"]);
  }
  v = o["page"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["page", repeatedParameter("page", v)]);
    else if (!isInt(v)) problems.push(["page", "page must be an integer"]);
    else if (!min(v, 1)) problems.push(["page", "page must be at least 1"]);
    else if (!max(v, 1000000)) problems.push(["page", "page must be at most 1000000"]);
  }
  v = o["limit"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["limit", repeatedParameter("limit", v)]);
    else if (!isInt(v)) problems.push(["limit", "limit must be an integer"]);
    else if (!min(v, 1)) problems.push(["limit", "limit must be at least 1"]);
    else if (!max(v, 2000)) problems.push(["limit", "limit must be at most 2000"]);
  }
  return problems.length > 0 ? { problems } : { value: o as unknown as GetResultVerificationQuery };
}

const SandboxCancelResultPathNames: ReadonlySet<string> = new Set(["trfNumber"]);

/** The path parameters as SandboxCancelResultPath's decorators check them; unknown ones are refused by name. */
export function parseSandboxCancelResultPath(raw: Readonly<Record<string, unknown>>): Parsed<SandboxCancelResultPath> {
  const problems = unknownParameters(raw, SandboxCancelResultPathNames);
  const o = new SandboxCancelResultPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "trfNumber")) o["trfNumber"] = raw["trfNumber"];
  let v: unknown;
  v = o["trfNumber"];
  if (v === undefined || v === null) problems.push(["trfNumber", "trfNumber is required"]);
  else if (!isString(v)) problems.push(["trfNumber", "trfNumber must be a string"]);
  else if (!matches(v, /^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$/)) problems.push(["trfNumber", "trfNumber must match ^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as SandboxCancelResultPath };
}

const SandboxRemarkResultPathNames: ReadonlySet<string> = new Set(["trfNumber"]);

/** The path parameters as SandboxRemarkResultPath's decorators check them; unknown ones are refused by name. */
export function parseSandboxRemarkResultPath(raw: Readonly<Record<string, unknown>>): Parsed<SandboxRemarkResultPath> {
  const problems = unknownParameters(raw, SandboxRemarkResultPathNames);
  const o = new SandboxRemarkResultPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "trfNumber")) o["trfNumber"] = raw["trfNumber"];
  let v: unknown;
  v = o["trfNumber"];
  if (v === undefined || v === null) problems.push(["trfNumber", "trfNumber is required"]);
  else if (!isString(v)) problems.push(["trfNumber", "trfNumber must be a string"]);
  else if (!matches(v, /^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$/)) problems.push(["trfNumber", "trfNumber must match ^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as SandboxRemarkResultPath };
}

const ShareResultPathNames: ReadonlySet<string> = new Set(["trfNumber","roId"]);

/** The path parameters as ShareResultPath's decorators check them; unknown ones are refused by name. */
export function parseShareResultPath(raw: Readonly<Record<string, unknown>>): Parsed<ShareResultPath> {
  const problems = unknownParameters(raw, ShareResultPathNames);
  const o = new ShareResultPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "trfNumber")) o["trfNumber"] = raw["trfNumber"];
  if (Object.hasOwn(raw, "roId")) o["roId"] = raw["roId"];
  let v: unknown;
  v = o["trfNumber"];
  if (v === undefined || v === null) problems.push(["trfNumber", "trfNumber is required"]);
  else if (!isString(v)) problems.push(["trfNumber", "trfNumber must be a string"]);
  else if (!matches(v, /^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$/)) problems.push(["trfNumber", "trfNumber must match ^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$"]);
  v = o["roId"];
  if (v === undefined || v === null) problems.push(["roId", "roId is required"]);
  else if (!isString(v)) problems.push(["roId", "roId must be a string"]);
  else if (!matches(v, /^[A-Za-z0-9-]{1,40}$/)) problems.push(["roId", "roId must match ^[A-Za-z0-9-]{1,40}$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as ShareResultPath };
}

const UpsertResultPathNames: ReadonlySet<string> = new Set(["trfNumber"]);

/** The path parameters as UpsertResultPath's decorators check them; unknown ones are refused by name. */
export function parseUpsertResultPath(raw: Readonly<Record<string, unknown>>): Parsed<UpsertResultPath> {
  const problems = unknownParameters(raw, UpsertResultPathNames);
  const o = new UpsertResultPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "trfNumber")) o["trfNumber"] = raw["trfNumber"];
  let v: unknown;
  v = o["trfNumber"];
  if (v === undefined || v === null) problems.push(["trfNumber", "trfNumber is required"]);
  else if (!isString(v)) problems.push(["trfNumber", "trfNumber must be a string"]);
  else if (!matches(v, /^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$/)) problems.push(["trfNumber", "trfNumber must match ^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as UpsertResultPath };
}

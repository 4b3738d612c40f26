// Generated from openapi/fulfillment.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { isBoolean, isIn, isInt, isString, matches, max, min } from 'class-validator';
import { repeatedParameter, unknownParameters, type Parsed } from '../../contract/parameters-pipe.js';
import { isContractFormat, toBooleanParameter, toIntegerParameter } from '../../contract/validators.js';
import { ExportAvailableTestsQuery, GetFulfilmentEmailPath, ImportTestsCsvQuery, ListInventoryQuery, ListWebhookDeliveriesQuery, PutProductCodePath, PutTrackPath, RecordTestEventPath, RedriveWebhookDeliveryPath, RevokeApiKeyPath } from './fulfillment.dto.js';

const ExportAvailableTestsQueryNames: ReadonlySet<string> = new Set(["testType"]);

/** The query parameters as ExportAvailableTestsQuery's decorators check them; unknown ones are refused by name. */
export function parseExportAvailableTestsQuery(raw: Readonly<Record<string, unknown>>): Parsed<ExportAvailableTestsQuery> {
  const problems = unknownParameters(raw, ExportAvailableTestsQueryNames);
  const o = new ExportAvailableTestsQuery() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "testType")) o["testType"] = raw["testType"];
  let v: unknown;
  v = o["testType"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["testType", repeatedParameter("testType", v)]);
    else if (!isString(v)) problems.push(["testType", "testType must be a string"]);
    else if (!matches(v, /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}$/)) problems.push(["testType", "testType must match ^[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}$"]);
  }
  return problems.length > 0 ? { problems } : { value: o as unknown as ExportAvailableTestsQuery };
}

const GetFulfilmentEmailPathNames: ReadonlySet<string> = new Set(["fulfilmentId"]);

/** The path parameters as GetFulfilmentEmailPath's decorators check them; unknown ones are refused by name. */
export function parseGetFulfilmentEmailPath(raw: Readonly<Record<string, unknown>>): Parsed<GetFulfilmentEmailPath> {
  const problems = unknownParameters(raw, GetFulfilmentEmailPathNames);
  const o = new GetFulfilmentEmailPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "fulfilmentId")) o["fulfilmentId"] = raw["fulfilmentId"];
  let v: unknown;
  v = o["fulfilmentId"];
  if (v === undefined || v === null) problems.push(["fulfilmentId", "fulfilmentId is required"]);
  else if (!isString(v)) problems.push(["fulfilmentId", "fulfilmentId must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["fulfilmentId", "fulfilmentId must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as GetFulfilmentEmailPath };
}

const ImportTestsCsvQueryNames: ReadonlySet<string> = new Set(["organisationCode"]);

/** The query parameters as ImportTestsCsvQuery's decorators check them; unknown ones are refused by name. */
export function parseImportTestsCsvQuery(raw: Readonly<Record<string, unknown>>): Parsed<ImportTestsCsvQuery> {
  const problems = unknownParameters(raw, ImportTestsCsvQueryNames);
  const o = new ImportTestsCsvQuery() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "organisationCode")) o["organisationCode"] = raw["organisationCode"];
  let v: unknown;
  v = o["organisationCode"];
  if (Array.isArray(v)) problems.push(["organisationCode", repeatedParameter("organisationCode", v)]);
  else if (v === undefined || v === null) problems.push(["organisationCode", "organisationCode is required"]);
  else if (!isString(v)) problems.push(["organisationCode", "organisationCode must be a string"]);
  else if (!matches(v, /^[A-Za-z0-9._-]{1,40}$/)) problems.push(["organisationCode", "organisationCode must match ^[A-Za-z0-9._-]{1,40}$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as ImportTestsCsvQuery };
}

const ListInventoryQueryNames: ReadonlySet<string> = new Set(["status","testType","available","offset","limit"]);

/** The query parameters as ListInventoryQuery's decorators check them; unknown ones are refused by name. */
export function parseListInventoryQuery(raw: Readonly<Record<string, unknown>>): Parsed<ListInventoryQuery> {
  const problems = unknownParameters(raw, ListInventoryQueryNames);
  const o = new ListInventoryQuery() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "status")) o["status"] = raw["status"];
  if (Object.hasOwn(raw, "testType")) o["testType"] = raw["testType"];
  if (Object.hasOwn(raw, "available")) o["available"] = toBooleanParameter(raw["available"]);
  if (Object.hasOwn(raw, "offset")) o["offset"] = toIntegerParameter(raw["offset"]);
  if (Object.hasOwn(raw, "limit")) o["limit"] = toIntegerParameter(raw["limit"]);
  let v: unknown;
  v = o["status"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["status", repeatedParameter("status", v)]);
    else if (!isIn(v, ["Ready","Started","Finished","Review","Technical Difficulty","Invalidated","Completed","Disabled"])) problems.push(["status", "status must be one of: Ready, Started, Finished, Review, Technical Difficulty, Invalidated, Completed, Disabled"]);
  }
  v = o["testType"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["testType", repeatedParameter("testType", v)]);
    else if (!isString(v)) problems.push(["testType", "testType must be a string"]);
    else if (!matches(v, /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}$/)) problems.push(["testType", "testType must match ^[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}$"]);
  }
  v = o["available"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["available", repeatedParameter("available", v)]);
    else if (!isBoolean(v)) problems.push(["available", "available must be true or false"]);
  }
  v = o["offset"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["offset", repeatedParameter("offset", v)]);
    else if (!isInt(v)) problems.push(["offset", "offset must be an integer"]);
    else if (!min(v, 0)) problems.push(["offset", "offset must be at least 0"]);
    else if (!max(v, 1000000000)) problems.push(["offset", "offset must be at most 1000000000"]);
  }
  v = o["limit"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["limit", repeatedParameter("limit", v)]);
    else if (!isInt(v)) problems.push(["limit", "limit must be an integer"]);
    else if (!min(v, 1)) problems.push(["limit", "limit must be at least 1"]);
    else if (!max(v, 500)) problems.push(["limit", "limit must be at most 500"]);
  }
  return problems.length > 0 ? { problems } : { value: o as unknown as ListInventoryQuery };
}

const ListWebhookDeliveriesQueryNames: ReadonlySet<string> = new Set(["status","testId","limit"]);

/** The query parameters as ListWebhookDeliveriesQuery's decorators check them; unknown ones are refused by name. */
export function parseListWebhookDeliveriesQuery(raw: Readonly<Record<string, unknown>>): Parsed<ListWebhookDeliveriesQuery> {
  const problems = unknownParameters(raw, ListWebhookDeliveriesQueryNames);
  const o = new ListWebhookDeliveriesQuery() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "status")) o["status"] = raw["status"];
  if (Object.hasOwn(raw, "testId")) o["testId"] = raw["testId"];
  if (Object.hasOwn(raw, "limit")) o["limit"] = toIntegerParameter(raw["limit"]);
  let v: unknown;
  v = o["status"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["status", repeatedParameter("status", v)]);
    else if (!isIn(v, ["pending","delivered","dead"])) problems.push(["status", "status must be one of: pending, delivered, dead"]);
  }
  v = o["testId"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["testId", repeatedParameter("testId", v)]);
    else if (!isString(v)) problems.push(["testId", "testId must be a string"]);
    else if (!matches(v, /^[A-Z0-9]{6,20}$/)) problems.push(["testId", "testId must match ^[A-Z0-9]{6,20}$"]);
  }
  v = o["limit"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["limit", repeatedParameter("limit", v)]);
    else if (!isInt(v)) problems.push(["limit", "limit must be an integer"]);
    else if (!min(v, 1)) problems.push(["limit", "limit must be at least 1"]);
    else if (!max(v, 500)) problems.push(["limit", "limit must be at most 500"]);
  }
  return problems.length > 0 ? { problems } : { value: o as unknown as ListWebhookDeliveriesQuery };
}

const PutProductCodePathNames: ReadonlySet<string> = new Set(["productCode"]);

/** The path parameters as PutProductCodePath's decorators check them; unknown ones are refused by name. */
export function parsePutProductCodePath(raw: Readonly<Record<string, unknown>>): Parsed<PutProductCodePath> {
  const problems = unknownParameters(raw, PutProductCodePathNames);
  const o = new PutProductCodePath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "productCode")) o["productCode"] = raw["productCode"];
  let v: unknown;
  v = o["productCode"];
  if (v === undefined || v === null) problems.push(["productCode", "productCode is required"]);
  else if (!isString(v)) problems.push(["productCode", "productCode must be a string"]);
  else if (!matches(v, /^(GTX|STX)-[A-Za-z0-9][A-Za-z0-9._-]{0,56}$/)) problems.push(["productCode", "productCode must match ^(GTX|STX)-[A-Za-z0-9][A-Za-z0-9._-]{0,56}$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as PutProductCodePath };
}

const PutTrackPathNames: ReadonlySet<string> = new Set(["trackCode"]);

/** The path parameters as PutTrackPath's decorators check them; unknown ones are refused by name. */
export function parsePutTrackPath(raw: Readonly<Record<string, unknown>>): Parsed<PutTrackPath> {
  const problems = unknownParameters(raw, PutTrackPathNames);
  const o = new PutTrackPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "trackCode")) o["trackCode"] = raw["trackCode"];
  let v: unknown;
  v = o["trackCode"];
  if (v === undefined || v === null) problems.push(["trackCode", "trackCode is required"]);
  else if (!isString(v)) problems.push(["trackCode", "trackCode must be a string"]);
  else if (!matches(v, /^[A-Za-z0-9_-]{1,40}$/)) problems.push(["trackCode", "trackCode must match ^[A-Za-z0-9_-]{1,40}$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as PutTrackPath };
}

const RecordTestEventPathNames: ReadonlySet<string> = new Set(["testId"]);

/** The path parameters as RecordTestEventPath's decorators check them; unknown ones are refused by name. */
export function parseRecordTestEventPath(raw: Readonly<Record<string, unknown>>): Parsed<RecordTestEventPath> {
  const problems = unknownParameters(raw, RecordTestEventPathNames);
  const o = new RecordTestEventPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "testId")) o["testId"] = raw["testId"];
  let v: unknown;
  v = o["testId"];
  if (v === undefined || v === null) problems.push(["testId", "testId is required"]);
  else if (!isString(v)) problems.push(["testId", "testId must be a string"]);
  else if (!matches(v, /^[A-Z0-9]{6,20}$/)) problems.push(["testId", "testId must match ^[A-Z0-9]{6,20}$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as RecordTestEventPath };
}

const RedriveWebhookDeliveryPathNames: ReadonlySet<string> = new Set(["deliveryId"]);

/** The path parameters as RedriveWebhookDeliveryPath's decorators check them; unknown ones are refused by name. */
export function parseRedriveWebhookDeliveryPath(raw: Readonly<Record<string, unknown>>): Parsed<RedriveWebhookDeliveryPath> {
  const problems = unknownParameters(raw, RedriveWebhookDeliveryPathNames);
  const o = new RedriveWebhookDeliveryPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "deliveryId")) o["deliveryId"] = raw["deliveryId"];
  let v: unknown;
  v = o["deliveryId"];
  if (v === undefined || v === null) problems.push(["deliveryId", "deliveryId is required"]);
  else if (!isString(v)) problems.push(["deliveryId", "deliveryId must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["deliveryId", "deliveryId must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as RedriveWebhookDeliveryPath };
}

const RevokeApiKeyPathNames: ReadonlySet<string> = new Set(["keyId"]);

/** The path parameters as RevokeApiKeyPath's decorators check them; unknown ones are refused by name. */
export function parseRevokeApiKeyPath(raw: Readonly<Record<string, unknown>>): Parsed<RevokeApiKeyPath> {
  const problems = unknownParameters(raw, RevokeApiKeyPathNames);
  const o = new RevokeApiKeyPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "keyId")) o["keyId"] = raw["keyId"];
  let v: unknown;
  v = o["keyId"];
  if (v === undefined || v === null) problems.push(["keyId", "keyId is required"]);
  else if (!isString(v)) problems.push(["keyId", "keyId must be a string"]);
  else if (!matches(v, /^fk_[A-Za-z0-9_]{4,60}$/)) problems.push(["keyId", "keyId must match ^fk_[A-Za-z0-9_]{4,60}$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as RevokeApiKeyPath };
}

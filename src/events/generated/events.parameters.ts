// Generated from openapi/events.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { isIn, isInt, isString, matches, max, min } from 'class-validator';
import { repeatedParameter, unknownParameters, type Parsed } from '../../contract/parameters-pipe.js';
import { isContractFormat, toIntegerParameter } from '../../contract/validators.js';
import { DeleteWebhookEndpointPath, GetFeedEventPath, GetWebhookEndpointPath, ListEventDeliveriesPath, ListEventDeliveriesQuery, ListEventFeedQuery, ResendEventDeliveryPath, ResendEventsPath, RotateWebhookSecretPath, TestWebhookEndpointPath, UpdateWebhookEndpointPath } from './events.dto.js';

const DeleteWebhookEndpointPathNames: ReadonlySet<string> = new Set(["endpointId"]);

/** The path parameters as DeleteWebhookEndpointPath's decorators check them; unknown ones are refused by name. */
export function parseDeleteWebhookEndpointPath(raw: Readonly<Record<string, unknown>>): Parsed<DeleteWebhookEndpointPath> {
  const problems = unknownParameters(raw, DeleteWebhookEndpointPathNames);
  const o = new DeleteWebhookEndpointPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "endpointId")) o["endpointId"] = raw["endpointId"];
  let v: unknown;
  v = o["endpointId"];
  if (v === undefined || v === null) problems.push(["endpointId", "endpointId is required"]);
  else if (!isString(v)) problems.push(["endpointId", "endpointId must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["endpointId", "endpointId must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as DeleteWebhookEndpointPath };
}

const GetFeedEventPathNames: ReadonlySet<string> = new Set(["eventId"]);

/** The path parameters as GetFeedEventPath's decorators check them; unknown ones are refused by name. */
export function parseGetFeedEventPath(raw: Readonly<Record<string, unknown>>): Parsed<GetFeedEventPath> {
  const problems = unknownParameters(raw, GetFeedEventPathNames);
  const o = new GetFeedEventPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "eventId")) o["eventId"] = raw["eventId"];
  let v: unknown;
  v = o["eventId"];
  if (v === undefined || v === null) problems.push(["eventId", "eventId is required"]);
  else if (!isString(v)) problems.push(["eventId", "eventId must be a string"]);
  else if (!matches(v, /^evt_[0-9a-f]{32}$/)) problems.push(["eventId", "eventId must match ^evt_[0-9a-f]{32}$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as GetFeedEventPath };
}

const GetWebhookEndpointPathNames: ReadonlySet<string> = new Set(["endpointId"]);

/** The path parameters as GetWebhookEndpointPath's decorators check them; unknown ones are refused by name. */
export function parseGetWebhookEndpointPath(raw: Readonly<Record<string, unknown>>): Parsed<GetWebhookEndpointPath> {
  const problems = unknownParameters(raw, GetWebhookEndpointPathNames);
  const o = new GetWebhookEndpointPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "endpointId")) o["endpointId"] = raw["endpointId"];
  let v: unknown;
  v = o["endpointId"];
  if (v === undefined || v === null) problems.push(["endpointId", "endpointId is required"]);
  else if (!isString(v)) problems.push(["endpointId", "endpointId must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["endpointId", "endpointId must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as GetWebhookEndpointPath };
}

const ListEventDeliveriesPathNames: ReadonlySet<string> = new Set(["endpointId"]);

/** The path parameters as ListEventDeliveriesPath's decorators check them; unknown ones are refused by name. */
export function parseListEventDeliveriesPath(raw: Readonly<Record<string, unknown>>): Parsed<ListEventDeliveriesPath> {
  const problems = unknownParameters(raw, ListEventDeliveriesPathNames);
  const o = new ListEventDeliveriesPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "endpointId")) o["endpointId"] = raw["endpointId"];
  let v: unknown;
  v = o["endpointId"];
  if (v === undefined || v === null) problems.push(["endpointId", "endpointId is required"]);
  else if (!isString(v)) problems.push(["endpointId", "endpointId must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["endpointId", "endpointId must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as ListEventDeliveriesPath };
}

const ListEventDeliveriesQueryNames: ReadonlySet<string> = new Set(["status","limit"]);

/** The query parameters as ListEventDeliveriesQuery's decorators check them; unknown ones are refused by name. */
export function parseListEventDeliveriesQuery(raw: Readonly<Record<string, unknown>>): Parsed<ListEventDeliveriesQuery> {
  const problems = unknownParameters(raw, ListEventDeliveriesQueryNames);
  const o = new ListEventDeliveriesQuery() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "status")) o["status"] = raw["status"];
  if (Object.hasOwn(raw, "limit")) o["limit"] = toIntegerParameter(raw["limit"]);
  let v: unknown;
  v = o["status"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["status", repeatedParameter("status", v)]);
    else if (!isIn(v, ["pending","delivered","failed"])) problems.push(["status", "status must be one of: pending, delivered, failed"]);
  }
  v = o["limit"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["limit", repeatedParameter("limit", v)]);
    else if (!isInt(v)) problems.push(["limit", "limit must be an integer"]);
    else if (!min(v, 1)) problems.push(["limit", "limit must be at least 1"]);
    else if (!max(v, 500)) problems.push(["limit", "limit must be at most 500"]);
  }
  return problems.length > 0 ? { problems } : { value: o as unknown as ListEventDeliveriesQuery };
}

const ListEventFeedQueryNames: ReadonlySet<string> = new Set(["after","limit","type"]);

/** The query parameters as ListEventFeedQuery's decorators check them; unknown ones are refused by name. */
export function parseListEventFeedQuery(raw: Readonly<Record<string, unknown>>): Parsed<ListEventFeedQuery> {
  const problems = unknownParameters(raw, ListEventFeedQueryNames);
  const o = new ListEventFeedQuery() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "after")) o["after"] = raw["after"];
  if (Object.hasOwn(raw, "limit")) o["limit"] = toIntegerParameter(raw["limit"]);
  if (Object.hasOwn(raw, "type")) o["type"] = raw["type"];
  let v: unknown;
  v = o["after"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["after", repeatedParameter("after", v)]);
    else if (!isString(v)) problems.push(["after", "after must be a string"]);
    else if (!matches(v, /^[0-9]{1,18}\.[0-9]{1,18}$/)) problems.push(["after", "after must match ^[0-9]{1,18}\\.[0-9]{1,18}$"]);
  }
  v = o["limit"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["limit", repeatedParameter("limit", v)]);
    else if (!isInt(v)) problems.push(["limit", "limit must be an integer"]);
    else if (!min(v, 1)) problems.push(["limit", "limit must be at least 1"]);
    else if (!max(v, 500)) problems.push(["limit", "limit must be at most 500"]);
  }
  v = o["type"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["type", repeatedParameter("type", v)]);
    else if (!isIn(v, ["ielts.result.shared","ielts.result.updated","ielts.result.cancelled","results.result.issued","results.enquiry.updated","results.script.ready","booking.registration.created","booking.registration.transferred","booking.registration.cancelled","booking.event.cancelled"])) problems.push(["type", "type must be one of: ielts.result.shared, ielts.result.updated, ielts.result.cancelled, results.result.issued, results.enquiry.updated, results.script.ready, booking.registration.created, booking.registration.transferred, booking.registration.cancelled, booking.event.cancelled"]);
  }
  return problems.length > 0 ? { problems } : { value: o as unknown as ListEventFeedQuery };
}

const ResendEventDeliveryPathNames: ReadonlySet<string> = new Set(["endpointId","deliveryId"]);

/** The path parameters as ResendEventDeliveryPath's decorators check them; unknown ones are refused by name. */
export function parseResendEventDeliveryPath(raw: Readonly<Record<string, unknown>>): Parsed<ResendEventDeliveryPath> {
  const problems = unknownParameters(raw, ResendEventDeliveryPathNames);
  const o = new ResendEventDeliveryPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "endpointId")) o["endpointId"] = raw["endpointId"];
  if (Object.hasOwn(raw, "deliveryId")) o["deliveryId"] = raw["deliveryId"];
  let v: unknown;
  v = o["endpointId"];
  if (v === undefined || v === null) problems.push(["endpointId", "endpointId is required"]);
  else if (!isString(v)) problems.push(["endpointId", "endpointId must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["endpointId", "endpointId must be a UUID"]);
  v = o["deliveryId"];
  if (v === undefined || v === null) problems.push(["deliveryId", "deliveryId is required"]);
  else if (!isString(v)) problems.push(["deliveryId", "deliveryId must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["deliveryId", "deliveryId must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as ResendEventDeliveryPath };
}

const ResendEventsPathNames: ReadonlySet<string> = new Set(["endpointId"]);

/** The path parameters as ResendEventsPath's decorators check them; unknown ones are refused by name. */
export function parseResendEventsPath(raw: Readonly<Record<string, unknown>>): Parsed<ResendEventsPath> {
  const problems = unknownParameters(raw, ResendEventsPathNames);
  const o = new ResendEventsPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "endpointId")) o["endpointId"] = raw["endpointId"];
  let v: unknown;
  v = o["endpointId"];
  if (v === undefined || v === null) problems.push(["endpointId", "endpointId is required"]);
  else if (!isString(v)) problems.push(["endpointId", "endpointId must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["endpointId", "endpointId must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as ResendEventsPath };
}

const RotateWebhookSecretPathNames: ReadonlySet<string> = new Set(["endpointId"]);

/** The path parameters as RotateWebhookSecretPath's decorators check them; unknown ones are refused by name. */
export function parseRotateWebhookSecretPath(raw: Readonly<Record<string, unknown>>): Parsed<RotateWebhookSecretPath> {
  const problems = unknownParameters(raw, RotateWebhookSecretPathNames);
  const o = new RotateWebhookSecretPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "endpointId")) o["endpointId"] = raw["endpointId"];
  let v: unknown;
  v = o["endpointId"];
  if (v === undefined || v === null) problems.push(["endpointId", "endpointId is required"]);
  else if (!isString(v)) problems.push(["endpointId", "endpointId must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["endpointId", "endpointId must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as RotateWebhookSecretPath };
}

const TestWebhookEndpointPathNames: ReadonlySet<string> = new Set(["endpointId"]);

/** The path parameters as TestWebhookEndpointPath's decorators check them; unknown ones are refused by name. */
export function parseTestWebhookEndpointPath(raw: Readonly<Record<string, unknown>>): Parsed<TestWebhookEndpointPath> {
  const problems = unknownParameters(raw, TestWebhookEndpointPathNames);
  const o = new TestWebhookEndpointPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "endpointId")) o["endpointId"] = raw["endpointId"];
  let v: unknown;
  v = o["endpointId"];
  if (v === undefined || v === null) problems.push(["endpointId", "endpointId is required"]);
  else if (!isString(v)) problems.push(["endpointId", "endpointId must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["endpointId", "endpointId must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as TestWebhookEndpointPath };
}

const UpdateWebhookEndpointPathNames: ReadonlySet<string> = new Set(["endpointId"]);

/** The path parameters as UpdateWebhookEndpointPath's decorators check them; unknown ones are refused by name. */
export function parseUpdateWebhookEndpointPath(raw: Readonly<Record<string, unknown>>): Parsed<UpdateWebhookEndpointPath> {
  const problems = unknownParameters(raw, UpdateWebhookEndpointPathNames);
  const o = new UpdateWebhookEndpointPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "endpointId")) o["endpointId"] = raw["endpointId"];
  let v: unknown;
  v = o["endpointId"];
  if (v === undefined || v === null) problems.push(["endpointId", "endpointId is required"]);
  else if (!isString(v)) problems.push(["endpointId", "endpointId must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["endpointId", "endpointId must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as UpdateWebhookEndpointPath };
}

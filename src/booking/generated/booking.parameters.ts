// Generated from openapi/booking.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { isString, matches } from 'class-validator';
import { repeatedParameter, unknownParameters, type Parsed } from '../../contract/parameters-pipe.js';
import { isContractFormat } from '../../contract/validators.js';
import { AddEventPath, CancelEventPath, CancelRegistrationPath, ChangeAssessmentPath, DeleteRegistrationPath, GetRegistrationPath, GetScrapPaperQuery, GrantAccommodationPath, ListClassesQuery, ListEventsQuery, PutAssessmentFormPath, PutClassPath, PutLearnerPath, PutVenuePath, RegisterLaxPath, RevokeAccommodationPath, TransferLaxPath } from './booking.dto.js';

const AddEventPathNames: ReadonlySet<string> = new Set(["event"]);

/** The path parameters as AddEventPath's decorators check them; unknown ones are refused by name. */
export function parseAddEventPath(raw: Readonly<Record<string, unknown>>): Parsed<AddEventPath> {
  const problems = unknownParameters(raw, AddEventPathNames);
  const o = new AddEventPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "event")) o["event"] = raw["event"];
  let v: unknown;
  v = o["event"];
  if (v === undefined || v === null) problems.push(["event", "event is required"]);
  else if (!isString(v)) problems.push(["event", "event must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["event", "event must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as AddEventPath };
}

const CancelEventPathNames: ReadonlySet<string> = new Set(["event"]);

/** The path parameters as CancelEventPath's decorators check them; unknown ones are refused by name. */
export function parseCancelEventPath(raw: Readonly<Record<string, unknown>>): Parsed<CancelEventPath> {
  const problems = unknownParameters(raw, CancelEventPathNames);
  const o = new CancelEventPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "event")) o["event"] = raw["event"];
  let v: unknown;
  v = o["event"];
  if (v === undefined || v === null) problems.push(["event", "event is required"]);
  else if (!isString(v)) problems.push(["event", "event must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["event", "event must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as CancelEventPath };
}

const CancelRegistrationPathNames: ReadonlySet<string> = new Set(["registration"]);

/** The path parameters as CancelRegistrationPath's decorators check them; unknown ones are refused by name. */
export function parseCancelRegistrationPath(raw: Readonly<Record<string, unknown>>): Parsed<CancelRegistrationPath> {
  const problems = unknownParameters(raw, CancelRegistrationPathNames);
  const o = new CancelRegistrationPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "registration")) o["registration"] = raw["registration"];
  let v: unknown;
  v = o["registration"];
  if (v === undefined || v === null) problems.push(["registration", "registration is required"]);
  else if (!isString(v)) problems.push(["registration", "registration must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["registration", "registration must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as CancelRegistrationPath };
}

const ChangeAssessmentPathNames: ReadonlySet<string> = new Set(["registration"]);

/** The path parameters as ChangeAssessmentPath's decorators check them; unknown ones are refused by name. */
export function parseChangeAssessmentPath(raw: Readonly<Record<string, unknown>>): Parsed<ChangeAssessmentPath> {
  const problems = unknownParameters(raw, ChangeAssessmentPathNames);
  const o = new ChangeAssessmentPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "registration")) o["registration"] = raw["registration"];
  let v: unknown;
  v = o["registration"];
  if (v === undefined || v === null) problems.push(["registration", "registration is required"]);
  else if (!isString(v)) problems.push(["registration", "registration must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["registration", "registration must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as ChangeAssessmentPath };
}

const DeleteRegistrationPathNames: ReadonlySet<string> = new Set(["registration"]);

/** The path parameters as DeleteRegistrationPath's decorators check them; unknown ones are refused by name. */
export function parseDeleteRegistrationPath(raw: Readonly<Record<string, unknown>>): Parsed<DeleteRegistrationPath> {
  const problems = unknownParameters(raw, DeleteRegistrationPathNames);
  const o = new DeleteRegistrationPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "registration")) o["registration"] = raw["registration"];
  let v: unknown;
  v = o["registration"];
  if (v === undefined || v === null) problems.push(["registration", "registration is required"]);
  else if (!isString(v)) problems.push(["registration", "registration must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["registration", "registration must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as DeleteRegistrationPath };
}

const GetRegistrationPathNames: ReadonlySet<string> = new Set(["registration"]);

/** The path parameters as GetRegistrationPath's decorators check them; unknown ones are refused by name. */
export function parseGetRegistrationPath(raw: Readonly<Record<string, unknown>>): Parsed<GetRegistrationPath> {
  const problems = unknownParameters(raw, GetRegistrationPathNames);
  const o = new GetRegistrationPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "registration")) o["registration"] = raw["registration"];
  let v: unknown;
  v = o["registration"];
  if (v === undefined || v === null) problems.push(["registration", "registration is required"]);
  else if (!isString(v)) problems.push(["registration", "registration must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["registration", "registration must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as GetRegistrationPath };
}

const GetScrapPaperQueryNames: ReadonlySet<string> = new Set(["id"]);

/** The query parameters as GetScrapPaperQuery's decorators check them; unknown ones are refused by name. */
export function parseGetScrapPaperQuery(raw: Readonly<Record<string, unknown>>): Parsed<GetScrapPaperQuery> {
  const problems = unknownParameters(raw, GetScrapPaperQueryNames);
  const o = new GetScrapPaperQuery() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "id")) o["id"] = raw["id"];
  let v: unknown;
  v = o["id"];
  if (Array.isArray(v)) problems.push(["id", repeatedParameter("id", v)]);
  else if (v === undefined || v === null) problems.push(["id", "id is required"]);
  else if (!isString(v)) problems.push(["id", "id must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["id", "id must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as GetScrapPaperQuery };
}

const GrantAccommodationPathNames: ReadonlySet<string> = new Set(["registration"]);

/** The path parameters as GrantAccommodationPath's decorators check them; unknown ones are refused by name. */
export function parseGrantAccommodationPath(raw: Readonly<Record<string, unknown>>): Parsed<GrantAccommodationPath> {
  const problems = unknownParameters(raw, GrantAccommodationPathNames);
  const o = new GrantAccommodationPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "registration")) o["registration"] = raw["registration"];
  let v: unknown;
  v = o["registration"];
  if (v === undefined || v === null) problems.push(["registration", "registration is required"]);
  else if (!isString(v)) problems.push(["registration", "registration must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["registration", "registration must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as GrantAccommodationPath };
}

const ListClassesQueryNames: ReadonlySet<string> = new Set(["organization"]);

/** The query parameters as ListClassesQuery's decorators check them; unknown ones are refused by name. */
export function parseListClassesQuery(raw: Readonly<Record<string, unknown>>): Parsed<ListClassesQuery> {
  const problems = unknownParameters(raw, ListClassesQueryNames);
  const o = new ListClassesQuery() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "organization")) o["organization"] = raw["organization"];
  let v: unknown;
  v = o["organization"];
  if (Array.isArray(v)) problems.push(["organization", repeatedParameter("organization", v)]);
  else if (v === undefined || v === null) problems.push(["organization", "organization is required"]);
  else if (!isString(v)) problems.push(["organization", "organization must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["organization", "organization must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as ListClassesQuery };
}

const ListEventsQueryNames: ReadonlySet<string> = new Set(["date"]);

/** The query parameters as ListEventsQuery's decorators check them; unknown ones are refused by name. */
export function parseListEventsQuery(raw: Readonly<Record<string, unknown>>): Parsed<ListEventsQuery> {
  const problems = unknownParameters(raw, ListEventsQueryNames);
  const o = new ListEventsQuery() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "date")) o["date"] = raw["date"];
  let v: unknown;
  v = o["date"];
  if (Array.isArray(v)) problems.push(["date", repeatedParameter("date", v)]);
  else if (v === undefined || v === null) problems.push(["date", "date is required"]);
  else if (!isString(v)) problems.push(["date", "date must be a string"]);
  else if (!isContractFormat(v, 'date')) problems.push(["date", "date must be a calendar date (YYYY-MM-DD)"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as ListEventsQuery };
}

const PutAssessmentFormPathNames: ReadonlySet<string> = new Set(["code"]);

/** The path parameters as PutAssessmentFormPath's decorators check them; unknown ones are refused by name. */
export function parsePutAssessmentFormPath(raw: Readonly<Record<string, unknown>>): Parsed<PutAssessmentFormPath> {
  const problems = unknownParameters(raw, PutAssessmentFormPathNames);
  const o = new PutAssessmentFormPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "code")) o["code"] = raw["code"];
  let v: unknown;
  v = o["code"];
  if (v === undefined || v === null) problems.push(["code", "code is required"]);
  else if (!isString(v)) problems.push(["code", "code must be a string"]);
  else if (!matches(v, /^[A-Za-z0-9._-]{1,40}$/)) problems.push(["code", "code must match ^[A-Za-z0-9._-]{1,40}$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as PutAssessmentFormPath };
}

const PutClassPathNames: ReadonlySet<string> = new Set(["class"]);

/** The path parameters as PutClassPath's decorators check them; unknown ones are refused by name. */
export function parsePutClassPath(raw: Readonly<Record<string, unknown>>): Parsed<PutClassPath> {
  const problems = unknownParameters(raw, PutClassPathNames);
  const o = new PutClassPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "class")) o["class"] = raw["class"];
  let v: unknown;
  v = o["class"];
  if (v === undefined || v === null) problems.push(["class", "class is required"]);
  else if (!isString(v)) problems.push(["class", "class must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["class", "class must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as PutClassPath };
}

const PutLearnerPathNames: ReadonlySet<string> = new Set(["learner"]);

/** The path parameters as PutLearnerPath's decorators check them; unknown ones are refused by name. */
export function parsePutLearnerPath(raw: Readonly<Record<string, unknown>>): Parsed<PutLearnerPath> {
  const problems = unknownParameters(raw, PutLearnerPathNames);
  const o = new PutLearnerPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "learner")) o["learner"] = raw["learner"];
  let v: unknown;
  v = o["learner"];
  if (v === undefined || v === null) problems.push(["learner", "learner is required"]);
  else if (!isString(v)) problems.push(["learner", "learner must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["learner", "learner must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as PutLearnerPath };
}

const PutVenuePathNames: ReadonlySet<string> = new Set(["venue"]);

/** The path parameters as PutVenuePath's decorators check them; unknown ones are refused by name. */
export function parsePutVenuePath(raw: Readonly<Record<string, unknown>>): Parsed<PutVenuePath> {
  const problems = unknownParameters(raw, PutVenuePathNames);
  const o = new PutVenuePath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "venue")) o["venue"] = raw["venue"];
  let v: unknown;
  v = o["venue"];
  if (v === undefined || v === null) problems.push(["venue", "venue is required"]);
  else if (!isString(v)) problems.push(["venue", "venue must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["venue", "venue must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as PutVenuePath };
}

const RegisterLaxPathNames: ReadonlySet<string> = new Set(["registration"]);

/** The path parameters as RegisterLaxPath's decorators check them; unknown ones are refused by name. */
export function parseRegisterLaxPath(raw: Readonly<Record<string, unknown>>): Parsed<RegisterLaxPath> {
  const problems = unknownParameters(raw, RegisterLaxPathNames);
  const o = new RegisterLaxPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "registration")) o["registration"] = raw["registration"];
  let v: unknown;
  v = o["registration"];
  if (v === undefined || v === null) problems.push(["registration", "registration is required"]);
  else if (!isString(v)) problems.push(["registration", "registration must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["registration", "registration must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as RegisterLaxPath };
}

const RevokeAccommodationPathNames: ReadonlySet<string> = new Set(["registration"]);

/** The path parameters as RevokeAccommodationPath's decorators check them; unknown ones are refused by name. */
export function parseRevokeAccommodationPath(raw: Readonly<Record<string, unknown>>): Parsed<RevokeAccommodationPath> {
  const problems = unknownParameters(raw, RevokeAccommodationPathNames);
  const o = new RevokeAccommodationPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "registration")) o["registration"] = raw["registration"];
  let v: unknown;
  v = o["registration"];
  if (v === undefined || v === null) problems.push(["registration", "registration is required"]);
  else if (!isString(v)) problems.push(["registration", "registration must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["registration", "registration must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as RevokeAccommodationPath };
}

const TransferLaxPathNames: ReadonlySet<string> = new Set(["registration"]);

/** The path parameters as TransferLaxPath's decorators check them; unknown ones are refused by name. */
export function parseTransferLaxPath(raw: Readonly<Record<string, unknown>>): Parsed<TransferLaxPath> {
  const problems = unknownParameters(raw, TransferLaxPathNames);
  const o = new TransferLaxPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "registration")) o["registration"] = raw["registration"];
  let v: unknown;
  v = o["registration"];
  if (v === undefined || v === null) problems.push(["registration", "registration is required"]);
  else if (!isString(v)) problems.push(["registration", "registration must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["registration", "registration must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as TransferLaxPath };
}

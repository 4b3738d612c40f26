// Generated from openapi/results.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { isIn, isInt, isString, matches, max, min } from 'class-validator';
import { repeatedParameter, unknownParameters, type Parsed } from '../../contract/parameters-pipe.js';
import { isContractFormat, toIntegerParameter } from '../../contract/validators.js';
import { EnquireServicesPath, EnquireServicesQuery, GetCandidateResultCredentialPath, GetCandidateResultStatusPath, GetQuestionPapersMisspeltPath, GetQuestionPapersMisspeltQuery, GetQuestionPapersPath, GetQuestionPapersQuery, GetResultEnquiryStatusPath, GetScriptPdfPath, GetSessionResultStatusPath, PutScriptDocumentPath } from './results.dto.js';

const EnquireServicesPathNames: ReadonlySet<string> = new Set(["businessStreamId","sessionId"]);

/** The path parameters as EnquireServicesPath's decorators check them; unknown ones are refused by name. */
export function parseEnquireServicesPath(raw: Readonly<Record<string, unknown>>): Parsed<EnquireServicesPath> {
  const problems = unknownParameters(raw, EnquireServicesPathNames);
  const o = new EnquireServicesPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "businessStreamId")) o["businessStreamId"] = raw["businessStreamId"];
  if (Object.hasOwn(raw, "sessionId")) o["sessionId"] = raw["sessionId"];
  let v: unknown;
  v = o["businessStreamId"];
  if (v === undefined || v === null) problems.push(["businessStreamId", "businessStreamId is required"]);
  else if (!isString(v)) problems.push(["businessStreamId", "businessStreamId must be a string"]);
  else if (!matches(v, /^(01|02|04)$/)) problems.push(["businessStreamId", "businessStreamId must match ^(01|02|04)$"]);
  v = o["sessionId"];
  if (v === undefined || v === null) problems.push(["sessionId", "sessionId is required"]);
  else if (!isString(v)) problems.push(["sessionId", "sessionId must be a string"]);
  else if (!matches(v, /^[0-9]{1,6}$/)) problems.push(["sessionId", "sessionId must match ^[0-9]{1,6}$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as EnquireServicesPath };
}

const EnquireServicesQueryNames: ReadonlySet<string> = new Set(["qualificationGroupId","resultDateType","centreId","offset","limit"]);

/** The query parameters as EnquireServicesQuery's decorators check them; unknown ones are refused by name. */
export function parseEnquireServicesQuery(raw: Readonly<Record<string, unknown>>): Parsed<EnquireServicesQuery> {
  const problems = unknownParameters(raw, EnquireServicesQueryNames);
  const o = new EnquireServicesQuery() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "qualificationGroupId")) o["qualificationGroupId"] = raw["qualificationGroupId"];
  if (Object.hasOwn(raw, "resultDateType")) o["resultDateType"] = raw["resultDateType"];
  if (Object.hasOwn(raw, "centreId")) o["centreId"] = raw["centreId"];
  if (Object.hasOwn(raw, "offset")) o["offset"] = toIntegerParameter(raw["offset"]);
  if (Object.hasOwn(raw, "limit")) o["limit"] = toIntegerParameter(raw["limit"]);
  let v: unknown;
  v = o["qualificationGroupId"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["qualificationGroupId", repeatedParameter("qualificationGroupId", v)]);
    else if (!isString(v)) problems.push(["qualificationGroupId", "qualificationGroupId must be a string"]);
    else if (!matches(v, /^[0-9]{1,6}$/)) problems.push(["qualificationGroupId", "qualificationGroupId must match ^[0-9]{1,6}$"]);
  }
  v = o["resultDateType"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["resultDateType", repeatedParameter("resultDateType", v)]);
    else if (!isIn(v, ["issue","release"])) problems.push(["resultDateType", "resultDateType must be one of: issue, release"]);
  }
  v = o["centreId"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["centreId", repeatedParameter("centreId", v)]);
    else if (!isString(v)) problems.push(["centreId", "centreId must be a string"]);
    else if (!matches(v, /^[0-9A-Z]{4,6}$/)) problems.push(["centreId", "centreId must match ^[0-9A-Z]{4,6}$"]);
  }
  v = o["offset"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["offset", repeatedParameter("offset", v)]);
    else if (!isInt(v)) problems.push(["offset", "offset must be an integer"]);
    else if (!min(v, 0)) problems.push(["offset", "offset must be at least 0"]);
    else if (!max(v, 1000000)) problems.push(["offset", "offset must be at most 1000000"]);
  }
  v = o["limit"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["limit", repeatedParameter("limit", v)]);
    else if (!isInt(v)) problems.push(["limit", "limit must be an integer"]);
    else if (!min(v, 1)) problems.push(["limit", "limit must be at least 1"]);
    else if (!max(v, 500)) problems.push(["limit", "limit must be at most 500"]);
  }
  return problems.length > 0 ? { problems } : { value: o as unknown as EnquireServicesQuery };
}

const GetCandidateResultCredentialPathNames: ReadonlySet<string> = new Set(["businessStreamId","sessionId","centreId","candidateNumber","assessmentCode"]);

/** The path parameters as GetCandidateResultCredentialPath's decorators check them; unknown ones are refused by name. */
export function parseGetCandidateResultCredentialPath(raw: Readonly<Record<string, unknown>>): Parsed<GetCandidateResultCredentialPath> {
  const problems = unknownParameters(raw, GetCandidateResultCredentialPathNames);
  const o = new GetCandidateResultCredentialPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "businessStreamId")) o["businessStreamId"] = raw["businessStreamId"];
  if (Object.hasOwn(raw, "sessionId")) o["sessionId"] = raw["sessionId"];
  if (Object.hasOwn(raw, "centreId")) o["centreId"] = raw["centreId"];
  if (Object.hasOwn(raw, "candidateNumber")) o["candidateNumber"] = raw["candidateNumber"];
  if (Object.hasOwn(raw, "assessmentCode")) o["assessmentCode"] = raw["assessmentCode"];
  let v: unknown;
  v = o["businessStreamId"];
  if (v === undefined || v === null) problems.push(["businessStreamId", "businessStreamId is required"]);
  else if (!isString(v)) problems.push(["businessStreamId", "businessStreamId must be a string"]);
  else if (!matches(v, /^(01|02|04)$/)) problems.push(["businessStreamId", "businessStreamId must match ^(01|02|04)$"]);
  v = o["sessionId"];
  if (v === undefined || v === null) problems.push(["sessionId", "sessionId is required"]);
  else if (!isString(v)) problems.push(["sessionId", "sessionId must be a string"]);
  else if (!matches(v, /^[0-9]{1,6}$/)) problems.push(["sessionId", "sessionId must match ^[0-9]{1,6}$"]);
  v = o["centreId"];
  if (v === undefined || v === null) problems.push(["centreId", "centreId is required"]);
  else if (!isString(v)) problems.push(["centreId", "centreId must be a string"]);
  else if (!matches(v, /^[0-9A-Z]{4,6}$/)) problems.push(["centreId", "centreId must match ^[0-9A-Z]{4,6}$"]);
  v = o["candidateNumber"];
  if (v === undefined || v === null) problems.push(["candidateNumber", "candidateNumber is required"]);
  else if (!isString(v)) problems.push(["candidateNumber", "candidateNumber must be a string"]);
  else if (!matches(v, /^[0-9]{1,6}$/)) problems.push(["candidateNumber", "candidateNumber must match ^[0-9]{1,6}$"]);
  v = o["assessmentCode"];
  if (v === undefined || v === null) problems.push(["assessmentCode", "assessmentCode is required"]);
  else if (!isString(v)) problems.push(["assessmentCode", "assessmentCode must be a string"]);
  else if (!matches(v, /^[0-9A-Z]{3,6}$/)) problems.push(["assessmentCode", "assessmentCode must match ^[0-9A-Z]{3,6}$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as GetCandidateResultCredentialPath };
}

const GetCandidateResultStatusPathNames: ReadonlySet<string> = new Set(["businessStreamId","sessionId","centreId","candidateNumber","assessmentCode"]);

/** The path parameters as GetCandidateResultStatusPath's decorators check them; unknown ones are refused by name. */
export function parseGetCandidateResultStatusPath(raw: Readonly<Record<string, unknown>>): Parsed<GetCandidateResultStatusPath> {
  const problems = unknownParameters(raw, GetCandidateResultStatusPathNames);
  const o = new GetCandidateResultStatusPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "businessStreamId")) o["businessStreamId"] = raw["businessStreamId"];
  if (Object.hasOwn(raw, "sessionId")) o["sessionId"] = raw["sessionId"];
  if (Object.hasOwn(raw, "centreId")) o["centreId"] = raw["centreId"];
  if (Object.hasOwn(raw, "candidateNumber")) o["candidateNumber"] = raw["candidateNumber"];
  if (Object.hasOwn(raw, "assessmentCode")) o["assessmentCode"] = raw["assessmentCode"];
  let v: unknown;
  v = o["businessStreamId"];
  if (v === undefined || v === null) problems.push(["businessStreamId", "businessStreamId is required"]);
  else if (!isString(v)) problems.push(["businessStreamId", "businessStreamId must be a string"]);
  else if (!matches(v, /^(01|02|04)$/)) problems.push(["businessStreamId", "businessStreamId must match ^(01|02|04)$"]);
  v = o["sessionId"];
  if (v === undefined || v === null) problems.push(["sessionId", "sessionId is required"]);
  else if (!isString(v)) problems.push(["sessionId", "sessionId must be a string"]);
  else if (!matches(v, /^[0-9]{1,6}$/)) problems.push(["sessionId", "sessionId must match ^[0-9]{1,6}$"]);
  v = o["centreId"];
  if (v === undefined || v === null) problems.push(["centreId", "centreId is required"]);
  else if (!isString(v)) problems.push(["centreId", "centreId must be a string"]);
  else if (!matches(v, /^[0-9A-Z]{4,6}$/)) problems.push(["centreId", "centreId must match ^[0-9A-Z]{4,6}$"]);
  v = o["candidateNumber"];
  if (v === undefined || v === null) problems.push(["candidateNumber", "candidateNumber is required"]);
  else if (!isString(v)) problems.push(["candidateNumber", "candidateNumber must be a string"]);
  else if (!matches(v, /^[0-9]{1,6}$/)) problems.push(["candidateNumber", "candidateNumber must match ^[0-9]{1,6}$"]);
  v = o["assessmentCode"];
  if (v === undefined || v === null) problems.push(["assessmentCode", "assessmentCode is required"]);
  else if (!isString(v)) problems.push(["assessmentCode", "assessmentCode must be a string"]);
  else if (!matches(v, /^[0-9A-Z]{3,6}$/)) problems.push(["assessmentCode", "assessmentCode must match ^[0-9A-Z]{3,6}$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as GetCandidateResultStatusPath };
}

const GetQuestionPapersMisspeltPathNames: ReadonlySet<string> = new Set(["businessStreamId"]);

/** The path parameters as GetQuestionPapersMisspeltPath's decorators check them; unknown ones are refused by name. */
export function parseGetQuestionPapersMisspeltPath(raw: Readonly<Record<string, unknown>>): Parsed<GetQuestionPapersMisspeltPath> {
  const problems = unknownParameters(raw, GetQuestionPapersMisspeltPathNames);
  const o = new GetQuestionPapersMisspeltPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "businessStreamId")) o["businessStreamId"] = raw["businessStreamId"];
  let v: unknown;
  v = o["businessStreamId"];
  if (v === undefined || v === null) problems.push(["businessStreamId", "businessStreamId is required"]);
  else if (!isString(v)) problems.push(["businessStreamId", "businessStreamId must be a string"]);
  else if (!matches(v, /^(01|02|04)$/)) problems.push(["businessStreamId", "businessStreamId must match ^(01|02|04)$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as GetQuestionPapersMisspeltPath };
}

const GetQuestionPapersMisspeltQueryNames: ReadonlySet<string> = new Set(["sessionId","assessmentCode","assessmentVersion","componentId"]);

/** The query parameters as GetQuestionPapersMisspeltQuery's decorators check them; unknown ones are refused by name. */
export function parseGetQuestionPapersMisspeltQuery(raw: Readonly<Record<string, unknown>>): Parsed<GetQuestionPapersMisspeltQuery> {
  const problems = unknownParameters(raw, GetQuestionPapersMisspeltQueryNames);
  const o = new GetQuestionPapersMisspeltQuery() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "sessionId")) o["sessionId"] = raw["sessionId"];
  if (Object.hasOwn(raw, "assessmentCode")) o["assessmentCode"] = raw["assessmentCode"];
  if (Object.hasOwn(raw, "assessmentVersion")) o["assessmentVersion"] = raw["assessmentVersion"];
  if (Object.hasOwn(raw, "componentId")) o["componentId"] = raw["componentId"];
  let v: unknown;
  v = o["sessionId"];
  if (Array.isArray(v)) problems.push(["sessionId", repeatedParameter("sessionId", v)]);
  else if (v === undefined || v === null) problems.push(["sessionId", "sessionId is required"]);
  else if (!isString(v)) problems.push(["sessionId", "sessionId must be a string"]);
  else if (!matches(v, /^[0-9]{1,6}$/)) problems.push(["sessionId", "sessionId must match ^[0-9]{1,6}$"]);
  v = o["assessmentCode"];
  if (Array.isArray(v)) problems.push(["assessmentCode", repeatedParameter("assessmentCode", v)]);
  else if (v === undefined || v === null) problems.push(["assessmentCode", "assessmentCode is required"]);
  else if (!isString(v)) problems.push(["assessmentCode", "assessmentCode must be a string"]);
  else if (!matches(v, /^[0-9A-Z]{3,6}$/)) problems.push(["assessmentCode", "assessmentCode must match ^[0-9A-Z]{3,6}$"]);
  v = o["assessmentVersion"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["assessmentVersion", repeatedParameter("assessmentVersion", v)]);
    else if (!isString(v)) problems.push(["assessmentVersion", "assessmentVersion must be a string"]);
    else if (!matches(v, /^[0-9]{1,3}$/)) problems.push(["assessmentVersion", "assessmentVersion must match ^[0-9]{1,3}$"]);
  }
  v = o["componentId"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["componentId", repeatedParameter("componentId", v)]);
    else if (!isString(v)) problems.push(["componentId", "componentId must be a string"]);
    else if (!matches(v, /^[0-9A-Z]{1,3}$/)) problems.push(["componentId", "componentId must match ^[0-9A-Z]{1,3}$"]);
  }
  return problems.length > 0 ? { problems } : { value: o as unknown as GetQuestionPapersMisspeltQuery };
}

const GetQuestionPapersPathNames: ReadonlySet<string> = new Set(["businessStreamId"]);

/** The path parameters as GetQuestionPapersPath's decorators check them; unknown ones are refused by name. */
export function parseGetQuestionPapersPath(raw: Readonly<Record<string, unknown>>): Parsed<GetQuestionPapersPath> {
  const problems = unknownParameters(raw, GetQuestionPapersPathNames);
  const o = new GetQuestionPapersPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "businessStreamId")) o["businessStreamId"] = raw["businessStreamId"];
  let v: unknown;
  v = o["businessStreamId"];
  if (v === undefined || v === null) problems.push(["businessStreamId", "businessStreamId is required"]);
  else if (!isString(v)) problems.push(["businessStreamId", "businessStreamId must be a string"]);
  else if (!matches(v, /^(01|02|04)$/)) problems.push(["businessStreamId", "businessStreamId must match ^(01|02|04)$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as GetQuestionPapersPath };
}

const GetQuestionPapersQueryNames: ReadonlySet<string> = new Set(["sessionId","assessmentCode","assessmentVersion","componentId"]);

/** The query parameters as GetQuestionPapersQuery's decorators check them; unknown ones are refused by name. */
export function parseGetQuestionPapersQuery(raw: Readonly<Record<string, unknown>>): Parsed<GetQuestionPapersQuery> {
  const problems = unknownParameters(raw, GetQuestionPapersQueryNames);
  const o = new GetQuestionPapersQuery() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "sessionId")) o["sessionId"] = raw["sessionId"];
  if (Object.hasOwn(raw, "assessmentCode")) o["assessmentCode"] = raw["assessmentCode"];
  if (Object.hasOwn(raw, "assessmentVersion")) o["assessmentVersion"] = raw["assessmentVersion"];
  if (Object.hasOwn(raw, "componentId")) o["componentId"] = raw["componentId"];
  let v: unknown;
  v = o["sessionId"];
  if (Array.isArray(v)) problems.push(["sessionId", repeatedParameter("sessionId", v)]);
  else if (v === undefined || v === null) problems.push(["sessionId", "sessionId is required"]);
  else if (!isString(v)) problems.push(["sessionId", "sessionId must be a string"]);
  else if (!matches(v, /^[0-9]{1,6}$/)) problems.push(["sessionId", "sessionId must match ^[0-9]{1,6}$"]);
  v = o["assessmentCode"];
  if (Array.isArray(v)) problems.push(["assessmentCode", repeatedParameter("assessmentCode", v)]);
  else if (v === undefined || v === null) problems.push(["assessmentCode", "assessmentCode is required"]);
  else if (!isString(v)) problems.push(["assessmentCode", "assessmentCode must be a string"]);
  else if (!matches(v, /^[0-9A-Z]{3,6}$/)) problems.push(["assessmentCode", "assessmentCode must match ^[0-9A-Z]{3,6}$"]);
  v = o["assessmentVersion"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["assessmentVersion", repeatedParameter("assessmentVersion", v)]);
    else if (!isString(v)) problems.push(["assessmentVersion", "assessmentVersion must be a string"]);
    else if (!matches(v, /^[0-9]{1,3}$/)) problems.push(["assessmentVersion", "assessmentVersion must match ^[0-9]{1,3}$"]);
  }
  v = o["componentId"];
  if (v !== undefined) {
    if (Array.isArray(v)) problems.push(["componentId", repeatedParameter("componentId", v)]);
    else if (!isString(v)) problems.push(["componentId", "componentId must be a string"]);
    else if (!matches(v, /^[0-9A-Z]{1,3}$/)) problems.push(["componentId", "componentId must match ^[0-9A-Z]{1,3}$"]);
  }
  return problems.length > 0 ? { problems } : { value: o as unknown as GetQuestionPapersQuery };
}

const GetResultEnquiryStatusPathNames: ReadonlySet<string> = new Set(["businessStreamId","sessionId","centreId","candidateNumber","assessmentCode","componentId"]);

/** The path parameters as GetResultEnquiryStatusPath's decorators check them; unknown ones are refused by name. */
export function parseGetResultEnquiryStatusPath(raw: Readonly<Record<string, unknown>>): Parsed<GetResultEnquiryStatusPath> {
  const problems = unknownParameters(raw, GetResultEnquiryStatusPathNames);
  const o = new GetResultEnquiryStatusPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "businessStreamId")) o["businessStreamId"] = raw["businessStreamId"];
  if (Object.hasOwn(raw, "sessionId")) o["sessionId"] = raw["sessionId"];
  if (Object.hasOwn(raw, "centreId")) o["centreId"] = raw["centreId"];
  if (Object.hasOwn(raw, "candidateNumber")) o["candidateNumber"] = raw["candidateNumber"];
  if (Object.hasOwn(raw, "assessmentCode")) o["assessmentCode"] = raw["assessmentCode"];
  if (Object.hasOwn(raw, "componentId")) o["componentId"] = raw["componentId"];
  let v: unknown;
  v = o["businessStreamId"];
  if (v === undefined || v === null) problems.push(["businessStreamId", "businessStreamId is required"]);
  else if (!isString(v)) problems.push(["businessStreamId", "businessStreamId must be a string"]);
  else if (!matches(v, /^(01|02|04)$/)) problems.push(["businessStreamId", "businessStreamId must match ^(01|02|04)$"]);
  v = o["sessionId"];
  if (v === undefined || v === null) problems.push(["sessionId", "sessionId is required"]);
  else if (!isString(v)) problems.push(["sessionId", "sessionId must be a string"]);
  else if (!matches(v, /^[0-9]{1,6}$/)) problems.push(["sessionId", "sessionId must match ^[0-9]{1,6}$"]);
  v = o["centreId"];
  if (v === undefined || v === null) problems.push(["centreId", "centreId is required"]);
  else if (!isString(v)) problems.push(["centreId", "centreId must be a string"]);
  else if (!matches(v, /^[0-9A-Z]{4,6}$/)) problems.push(["centreId", "centreId must match ^[0-9A-Z]{4,6}$"]);
  v = o["candidateNumber"];
  if (v === undefined || v === null) problems.push(["candidateNumber", "candidateNumber is required"]);
  else if (!isString(v)) problems.push(["candidateNumber", "candidateNumber must be a string"]);
  else if (!matches(v, /^[0-9]{1,6}$/)) problems.push(["candidateNumber", "candidateNumber must match ^[0-9]{1,6}$"]);
  v = o["assessmentCode"];
  if (v === undefined || v === null) problems.push(["assessmentCode", "assessmentCode is required"]);
  else if (!isString(v)) problems.push(["assessmentCode", "assessmentCode must be a string"]);
  else if (!matches(v, /^[0-9A-Z]{3,6}$/)) problems.push(["assessmentCode", "assessmentCode must match ^[0-9A-Z]{3,6}$"]);
  v = o["componentId"];
  if (v === undefined || v === null) problems.push(["componentId", "componentId is required"]);
  else if (!isString(v)) problems.push(["componentId", "componentId must be a string"]);
  else if (!matches(v, /^[0-9A-Z]{1,3}$/)) problems.push(["componentId", "componentId must match ^[0-9A-Z]{1,3}$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as GetResultEnquiryStatusPath };
}

const GetScriptPdfPathNames: ReadonlySet<string> = new Set(["docStorePageId"]);

/** The path parameters as GetScriptPdfPath's decorators check them; unknown ones are refused by name. */
export function parseGetScriptPdfPath(raw: Readonly<Record<string, unknown>>): Parsed<GetScriptPdfPath> {
  const problems = unknownParameters(raw, GetScriptPdfPathNames);
  const o = new GetScriptPdfPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "docStorePageId")) o["docStorePageId"] = raw["docStorePageId"];
  let v: unknown;
  v = o["docStorePageId"];
  if (v === undefined || v === null) problems.push(["docStorePageId", "docStorePageId is required"]);
  else if (!isString(v)) problems.push(["docStorePageId", "docStorePageId must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["docStorePageId", "docStorePageId must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as GetScriptPdfPath };
}

const GetSessionResultStatusPathNames: ReadonlySet<string> = new Set(["businessStreamId","sessionId"]);

/** The path parameters as GetSessionResultStatusPath's decorators check them; unknown ones are refused by name. */
export function parseGetSessionResultStatusPath(raw: Readonly<Record<string, unknown>>): Parsed<GetSessionResultStatusPath> {
  const problems = unknownParameters(raw, GetSessionResultStatusPathNames);
  const o = new GetSessionResultStatusPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "businessStreamId")) o["businessStreamId"] = raw["businessStreamId"];
  if (Object.hasOwn(raw, "sessionId")) o["sessionId"] = raw["sessionId"];
  let v: unknown;
  v = o["businessStreamId"];
  if (v === undefined || v === null) problems.push(["businessStreamId", "businessStreamId is required"]);
  else if (!isString(v)) problems.push(["businessStreamId", "businessStreamId must be a string"]);
  else if (!matches(v, /^(01|02|04)$/)) problems.push(["businessStreamId", "businessStreamId must match ^(01|02|04)$"]);
  v = o["sessionId"];
  if (v === undefined || v === null) problems.push(["sessionId", "sessionId is required"]);
  else if (!isString(v)) problems.push(["sessionId", "sessionId must be a string"]);
  else if (!matches(v, /^[0-9]{1,6}$/)) problems.push(["sessionId", "sessionId must match ^[0-9]{1,6}$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as GetSessionResultStatusPath };
}

const PutScriptDocumentPathNames: ReadonlySet<string> = new Set(["docStorePageId"]);

/** The path parameters as PutScriptDocumentPath's decorators check them; unknown ones are refused by name. */
export function parsePutScriptDocumentPath(raw: Readonly<Record<string, unknown>>): Parsed<PutScriptDocumentPath> {
  const problems = unknownParameters(raw, PutScriptDocumentPathNames);
  const o = new PutScriptDocumentPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "docStorePageId")) o["docStorePageId"] = raw["docStorePageId"];
  let v: unknown;
  v = o["docStorePageId"];
  if (v === undefined || v === null) problems.push(["docStorePageId", "docStorePageId is required"]);
  else if (!isString(v)) problems.push(["docStorePageId", "docStorePageId must be a string"]);
  else if (!isContractFormat(v, 'uuid')) problems.push(["docStorePageId", "docStorePageId must be a UUID"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as PutScriptDocumentPath };
}

// Generated from openapi/platform.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { isString, matches } from 'class-validator';
import { unknownParameters, type Parsed } from '../../contract/parameters-pipe.js';
import { GetErrorPath } from './platform.dto.js';

const GetErrorPathNames: ReadonlySet<string> = new Set(["errorCode"]);

/** The path parameters as GetErrorPath's decorators check them; unknown ones are refused by name. */
export function parseGetErrorPath(raw: Readonly<Record<string, unknown>>): Parsed<GetErrorPath> {
  const problems = unknownParameters(raw, GetErrorPathNames);
  const o = new GetErrorPath() as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, "errorCode")) o["errorCode"] = raw["errorCode"];
  let v: unknown;
  v = o["errorCode"];
  if (v === undefined || v === null) problems.push(["errorCode", "errorCode is required"]);
  else if (!isString(v)) problems.push(["errorCode", "errorCode must be a string"]);
  else if (!matches(v, /^[0-9]{5}$/)) problems.push(["errorCode", "errorCode must match ^[0-9]{5}$"]);
  return problems.length > 0 ? { problems } : { value: o as unknown as GetErrorPath };
}

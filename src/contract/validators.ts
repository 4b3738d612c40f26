import { ValidateBy, type ValidationOptions } from 'class-validator';
import { STRING_FORMATS } from './formats.js';

/**
 * OpenAPI `multipleOf`. class-validator's IsDivisibleBy truncates the divisor to an integer, so it
 * cannot say "half bands" (0.5); this compares the quotient with its nearest integer instead.
 */
export function IsMultipleOf(step: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isMultipleOf', constraints: [step], validator: { validate: (value: unknown) => isMultipleOf(value, step) } }, options);
}

export function isMultipleOf(value: unknown, step: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value / step - Math.round(value / step)) < 1e-9;
}

/** A string format of the contract, checked by the shared predicate of `formats.ts`. */
export function IsContractFormat(format: string, options?: ValidationOptions): PropertyDecorator {
  if (!STRING_FORMATS[format]) throw new Error(`No check for the string format ${format}`);
  return ValidateBy({ name: `format:${format}`, constraints: [format], validator: { validate: (value: unknown) => isContractFormat(value, format) } }, options);
}

export function isContractFormat(value: unknown, format: string): boolean {
  return typeof value === 'string' && STRING_FORMATS[format](value);
}

/**
 * A query or path integer: only a plain decimal numeral converts (no `1e3`, `0x10`, blanks or
 * fractions), and only within the safe integer range, so no value past the contract's bounds can
 * reach the database as an approximation.
 */
export function toIntegerParameter(value: unknown): unknown {
  if (typeof value !== 'string' || !/^-?\d{1,16}$/.test(value)) return value;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : value;
}

/** A query boolean: `true` and `false` only. */
export function toBooleanParameter(value: unknown): unknown {
  return value === 'true' ? true : value === 'false' ? false : value;
}

const CREDENTIAL_FIELDS = Symbol('contract:credential-fields');

/**
 * A field the contract marks `x-credential` (a client id, secret or token in a body): its text is
 * judged by the authentication that reads it (401), not by the request's text rules (400).
 */
export function CredentialField(): PropertyDecorator {
  return (target, property) => {
    const owner = target.constructor as unknown as Record<symbol, Set<string>>;
    owner[CREDENTIAL_FIELDS] = new Set([...(owner[CREDENTIAL_FIELDS] ?? []), String(property)]);
  };
}

export function credentialFieldsOf(type: unknown): ReadonlySet<string> {
  return (type as Record<symbol, Set<string>> | undefined)?.[CREDENTIAL_FIELDS] ?? new Set();
}

/** A string holding a JSON object, as some seeds send one, becomes that object; anything else is left to the checks. */
export function fromJsonString(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : value;
  } catch {
    return value;
  }
}

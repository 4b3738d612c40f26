import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { credentialFieldsOf } from '../contract/validators.js';
import { findIllFormedText } from '../contract/well-formed-text.js';
import { illFormedTextError } from '../contract/parameters-pipe.js';
import { ApiError, type FieldProblem } from './api-error.js';

/** How class-validator reads the DTOs; the generated parameter parsers are held to the same reading by a test. */
export const CLASS_VALIDATOR_OPTIONS = {
  transform: true,
  whitelist: true,
  forbidNonWhitelisted: true,
  stopAtFirstError: true,
  validationError: { target: false, value: true },
};

const LOCATIONS: Record<string, FieldProblem['location']> = { query: 'query', param: 'path', body: 'body', custom: 'body' };

/**
 * class-validator over the generated body DTOs: unknown fields are refused by name, problems answer
 * 60002. Query and path parameters are parsed by the generated parsers the generated controllers
 * bind (ParametersPipe), which check exactly what these DTOs' decorators say without a
 * class-transformer and class-validator pass on every request; they are passed through here.
 */
export class ContractValidationPipe extends ValidationPipe {
  constructor() {
    super(CLASS_VALIDATOR_OPTIONS);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata) {
    if (metadata.type === 'query' || metadata.type === 'param') return value;
    // An absent body validates as an empty object: required fields are then named one by one, and
    // an operation whose body is optional gets its defaults. A JSON `null` is a body, and no object.
    if (metadata.type === 'body' && metadata.metatype !== String && value === undefined) value = {};
    if (
      metadata.type === 'body' &&
      metadata.metatype &&
      metadata.metatype !== Object &&
      metadata.metatype !== String &&
      (typeof value !== 'object' || value === null || Array.isArray(value))
    ) {
      throw new ApiError(60002, `The request body must be a JSON object, not ${jsonKind(value)}.`);
    }
    const location = LOCATIONS[metadata.type];
    if (location && metadata.type !== 'custom') {
      const field = findIllFormedText(value, credentialFieldsOf(metadata.metatype));
      if (field) throw illFormedTextError(field, location);
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      const errors = (error as { validationErrors?: ValidationError[] }).validationErrors;
      if (!errors) throw error;
      const details = flatten(errors, location ?? 'body');
      throw new ApiError(location === 'query' || location === 'path' ? 60001 : 60002, details.map((d) => d.message).join('; '), { details });
    }
  }

  override createExceptionFactory() {
    return (validationErrors: ValidationError[] = []) => Object.assign(new Error('validation failed'), { validationErrors });
  }
}

/** What a JSON value is, as a refusal names it. */
function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? 'a string' : typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'a boolean' : typeof value;
}

/** class-validator's errors as the envelope's field problems, the same for the API and the importers. */
export function flatten(errors: ValidationError[], location: FieldProblem['location'], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      out.push({
        location,
        field,
        message: constraint === 'whitelistValidation' ? `${field} is not a known ${location === 'body' ? 'field' : 'parameter'}` : prefixed(message, prefix),
      });
    }
    if (error.children?.length) out.push(...flatten(error.children, location, field));
  }
  return out;
}

function prefixed(message: string, prefix: string): string {
  return prefix ? `${prefix}.${message}` : message;
}

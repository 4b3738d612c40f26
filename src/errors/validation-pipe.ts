import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { credentialFieldsOf } from '../contract/validators.js';
import { findIllFormedText } from '../contract/well-formed-text.js';
import { ApiError, type FieldProblem } from './api-error.js';

const LOCATIONS: Record<string, FieldProblem['location']> = { query: 'query', param: 'path', body: 'body', custom: 'body' };

/**
 * class-validator over the generated DTOs. Unknown fields are refused by name; parameter problems
 * answer 60001 (the IELTS seed's code for query parameters), body problems 60002.
 */
export class ContractValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      stopAtFirstError: true,
      validationError: { target: false, value: true },
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata) {
    // An absent body validates as an empty object: required fields are then named one by one, and
    // an operation whose body is optional gets its defaults.
    if (metadata.type === 'body' && metadata.metatype !== String && (value === undefined || value === null)) value = {};
    if (
      metadata.type === 'body' &&
      metadata.metatype &&
      metadata.metatype !== Object &&
      metadata.metatype !== String &&
      (typeof value !== 'object' || Array.isArray(value))
    ) {
      throw new ApiError(60002, 'The request body must be a JSON object.');
    }
    const location = LOCATIONS[metadata.type];
    if (location && metadata.type !== 'custom') {
      const field = findIllFormedText(value, credentialFieldsOf(metadata.metatype));
      if (field) {
        const message = `${field} contains a NUL character or an unpaired UTF-16 surrogate`;
        throw new ApiError(location === 'body' ? 60002 : 60001, message, { details: [{ location, field, message }] });
      }
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

import type { PipeTransform } from '@nestjs/common';
import { ApiError, type FieldProblem } from '../errors/api-error.js';
import { findIllFormedText } from './well-formed-text.js';

/** A parameter that failed its checks: its name and what is wrong, in the words of the DTO's decorators. */
export type ParameterProblem = [field: string, message: string];

export type Parsed<T> = { value: T; problems?: undefined } | { value?: undefined; problems: ParameterProblem[] };

/** A generated parser (`src/<module>/generated/<module>.parameters.ts`) of one operation's query or path parameters. */
export type ParameterParser<T> = (raw: Readonly<Record<string, unknown>>) => Parsed<T>;

/** Parameters the operation does not define, in the order sent, each refused by name. */
export function unknownParameters(raw: Readonly<Record<string, unknown>>, known: ReadonlySet<string>): ParameterProblem[] {
  const problems: ParameterProblem[] = [];
  for (const key of Object.keys(raw)) if (!known.has(key)) problems.push([key, `${key} is not a known parameter`]);
  return problems;
}

/**
 * A query parameter sent more than once (`?page=1&page=2`, which the query parser reads as a list).
 * Every parameter is a scalar, so the generated parsers check this first, and the error says what
 * was wrong rather than "must be a string".
 */
export function repeatedParameter(field: string, values: readonly unknown[]): string {
  return `${field} is given ${values.length} times; send it once`;
}

/**
 * An operation's query or path parameters read by its generated parser: text that is not well-formed
 * (a NUL, an unpaired surrogate) and every failed check answer 400/60001 naming the parameters, as
 * the body checks do for bodies. The generated route of an operation without a body or header
 * parameters calls it itself.
 */
export function readParameters<T>(parse: ParameterParser<T>, value: unknown, location: 'query' | 'path'): T {
  const raw = (value ?? {}) as Readonly<Record<string, unknown>>;
  const illFormed = findIllFormedText(raw);
  if (illFormed) throw illFormedTextError(illFormed, location);
  const parsed = parse(raw);
  if (!parsed.problems) return parsed.value;
  throw new ApiError(60001, parsed.problems.map(([, message]) => message).join('; '), {
    details: parsed.problems.map(([field, message]) => ({ location, field, message })),
  });
}

/**
 * readParameters bound to `@Query()` or `@Param()`, for the generated routes of operations that take
 * a body or header parameters: Nest's pipes then check the parameters together with those.
 */
export class ParametersPipe<T> implements PipeTransform<unknown, T> {
  constructor(
    private readonly parse: ParameterParser<T>,
    private readonly location: 'query' | 'path',
  ) {}

  transform(value: unknown): T {
    return readParameters(this.parse, value, this.location);
  }
}

/** 400 for a parameter or body field whose text PostgreSQL and the checks cannot take. */
export function illFormedTextError(field: string, location: FieldProblem['location']): ApiError {
  const message = `${field} contains a NUL character or an unpaired UTF-16 surrogate`;
  return new ApiError(location === 'body' ? 60002 : 60001, message, { details: [{ location, field, message }] });
}

import type { ErrorCode } from './error-catalogue.js';

export interface FieldProblem {
  location: 'query' | 'path' | 'header' | 'body';
  field: string;
  message: string;
}

/** An error whose answer the platform knows: a catalogue code and what exactly went wrong. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly options: {
      details?: FieldProblem[];
      headers?: Record<string, string | number>;
      /** Extra members, such as OAuth's `error` on the token endpoints. */
      extra?: Record<string, unknown>;
    } = {},
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

/** One invalid field of a validation failure. */
export interface ProblemDetail {
  location: 'query' | 'path' | 'header' | 'body';
  field: string;
  message: string;
}

/** The platform's error envelope (RFC 9457 problem details with its extension members). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errorCode: number;
  errorMessage: string;
  transactionId: string;
  details?: ProblemDetail[];
}

/** Thrown by every SDK call that the platform answered with an error. */
export class ApiProblemError extends Error {
  readonly status: number;
  readonly errorCode: number | undefined;
  readonly transactionId: string | undefined;
  readonly problem: Problem | undefined;

  constructor(status: number, body: unknown) {
    const problem = isProblem(body) ? body : undefined;
    super(problem ? `${problem.errorCode} ${problem.title}: ${problem.detail}` : `HTTP ${status}`);
    this.name = 'ApiProblemError';
    this.status = status;
    this.problem = problem;
    this.errorCode = problem?.errorCode;
    this.transactionId = problem?.transactionId;
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && typeof (body as Problem).errorCode === 'number';
}

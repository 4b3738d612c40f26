/** The caller of a request, once the guard has authenticated it. */
export interface AuthenticatedClient {
  clientId: string;
  displayName: string;
  organisationId: string;
  organisationCode: string;
  /** recognising_organisation, centre, local_administrator or exam_board. */
  organisationKind: string;
  organisationName: string;
  /** The scopes this request may use: the token's, or all the client's under Basic. */
  scopes: string[];
  dailyQuota: number;
  via: 'basic' | 'bearer';
}

declare module 'fastify' {
  interface FastifyRequest {
    user?: AuthenticatedClient;
  }
}

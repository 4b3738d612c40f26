import type { AuthenticatedClient } from '../auth/authenticated-client.js';
import { ApiError } from '../errors/api-error.js';

/** The organisation kinds whose clients see every centre's candidates. */
export const BOARD_KINDS: ReadonlySet<string> = new Set(['exam_board']);

/** A client bound to a centre sees only that centre's candidates; an exam board's client sees all. */
export function assertCentreAccess(client: AuthenticatedClient, centreId: string, boardKinds: ReadonlySet<string>): void {
  if (boardKinds.has(client.organisationKind) || client.organisationCode === centreId) return;
  throw new ApiError(70403, `This client acts for centre ${client.organisationCode}, not ${centreId}.`);
}

import type { AuthenticatedClient } from '../auth/authenticated-client.js';
import { ApiError } from '../errors/api-error.js';

/** The organisation kinds whose clients see every centre's candidates. */
const BOARD_KINDS: ReadonlySet<string> = new Set(['exam_board']);

/** The one centre a client may see, or null when it sees them all (an exam board's client). */
export function visibleCentre(client: AuthenticatedClient): string | null {
  return BOARD_KINDS.has(client.organisationKind) ? null : client.organisationCode;
}

/** A client bound to a centre sees only that centre's candidates; an exam board's client sees all. */
export function assertCentreAccess(client: AuthenticatedClient, centreId: string): void {
  const centre = visibleCentre(client);
  if (centre === null || centre === centreId) return;
  throw new ApiError(70403, `This client acts for centre ${centre}, not ${centreId}.`);
}

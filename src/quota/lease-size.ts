/**
 * How many units of a client's daily allowance a process leases at once. Every lease is a write
 * transaction, so a busy client should lease seldom; every unit leased and not yet spent is stranded
 * if the process dies, so a quiet client, or one near the end of its allowance, should lease little.
 */

/** A block lasts about this long at the client's recent rate. */
export const LEASE_SECONDS = 2;
/** A block is at least this (while the allowance and QUOTA_MAX_LEASE allow): a quiet client's block. */
export const BASE_LEASE = 50;

export interface LeaseHistory {
  /** The day's allowance left, as this process last heard from the database. */
  knownRemaining: number;
  /** Units this process spent for the client since it last asked for a block. */
  spentSinceLastLease: number;
  /** Milliseconds since it last asked. */
  msSinceLastLease: number;
  /** QUOTA_MAX_LEASE. */
  maxLease: number;
}

export function leaseSize({ knownRemaining, spentSinceLastLease, msSinceLastLease, maxLease }: LeaseHistory): number {
  // The rate over at least a second, so a burst does not read as a flood: a block that runs out in
  // under a second is followed by one at most LEASE_SECONDS times its spending, which grows a busy
  // client's blocks a doubling at a time until each lasts LEASE_SECONDS.
  const perSecond = spentSinceLastLease / Math.max(1, msSinceLastLease / 1000);
  const forRate = Math.max(BASE_LEASE, Math.ceil(perSecond * LEASE_SECONDS));
  // An eighth of what is left: little is stranded in one process when the allowance runs low.
  return Math.max(1, Math.min(maxLease, Math.floor(knownRemaining / 8), forRate));
}

import type { Socket } from 'node:net';

/**
 * Requests one connection may have in flight at once. HTTP/1.1 lets a client send requests without
 * waiting for answers, and Node starts every request it has read: one write of 20,000 pipelined
 * lookups put 20,000 requests in flight on one socket (596 MB at the process's peak, and the
 * database pool's queue past its wait). Clients that pipeline at all (browsers do not; fetch and
 * curl do not) keep a few requests ahead.
 */
export const MAX_REQUESTS_IN_FLIGHT_PER_CONNECTION = 16;

const IN_FLIGHT = Symbol('requestsInFlight');
type CountedSocket = Socket & { [IN_FLIGHT]?: number };

/**
 * Counts a request that begins on `socket`: 'admitted' within the limit, 'refused' for the first
 * request past it (answered, and the connection closed after that answer), 'dropped' for any after
 * that, which are not answered.
 */
export function admitRequest(socket: Socket): 'admitted' | 'refused' | 'dropped' {
  const counted = socket as CountedSocket;
  const inFlight = (counted[IN_FLIGHT] ?? 0) + 1;
  counted[IN_FLIGHT] = inFlight;
  if (inFlight <= MAX_REQUESTS_IN_FLIGHT_PER_CONNECTION) return 'admitted';
  return inFlight === MAX_REQUESTS_IN_FLIGHT_PER_CONNECTION + 1 ? 'refused' : 'dropped';
}

/** A request on `socket` has been answered. */
export function requestAnswered(socket: Socket): void {
  (socket as CountedSocket)[IN_FLIGHT]! -= 1;
}

import { Injectable } from '@nestjs/common';

/**
 * Whether the process has been told to stop. From then on readiness answers 503, so that a balancer
 * that polls it sends new requests elsewhere, and every answer closes its connection, so that a
 * client's kept-alive connections move away one by one while the process still serves them.
 */
@Injectable()
export class ShutdownState {
  /** Read on every request: a plain field. */
  shuttingDown = false;
}

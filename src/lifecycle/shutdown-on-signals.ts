import type { Logger } from 'pino';

/** What a signal stops: `beginShutdown` starts the drain, `close` stops listening and ends the app. */
export interface Stoppable {
  beginShutdown(): void;
  close(): Promise<void>;
}

type Signal = 'SIGTERM' | 'SIGINT';

export interface ShutdownOptions {
  drainMs: number;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  signals?: { on(signal: Signal, listener: (signal: Signal) => void): unknown };
  exit?: (code: number) => void;
}

/**
 * The first SIGTERM or SIGINT begins the shutdown: the process drains for `drainMs` (readiness
 * answers 503, every answer closes its connection, as ShutdownState says), then closes: it stops
 * listening, finishes the requests it has, runs the app's shutdown hooks and exits 0. A second signal
 * during the drain ends the drain there; one during the close exits at once with 1, as an operator
 * pressing Ctrl-C again expects.
 */
export function shutdownOnSignals(app: Stoppable, { drainMs, logger, signals = process, exit = (code) => process.exit(code) }: ShutdownOptions): void {
  let phase: 'serving' | 'draining' | 'closing' = 'serving';
  let endDrain = (): void => {};
  const shutDown = async (signal: Signal): Promise<void> => {
    app.beginShutdown();
    if (drainMs > 0) {
      logger.info({ signal, drainMs }, 'draining: readiness answers 503 and every answer closes its connection');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, drainMs);
        endDrain = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    phase = 'closing';
    logger.info({ signal }, 'shutting down');
    try {
      await app.close();
    } catch (error) {
      logger.error({ reason: (error as Error).message }, 'the shutdown failed');
      return exit(1);
    }
    exit(0);
  };
  const onSignal = (signal: Signal): void => {
    if (phase === 'serving') {
      phase = 'draining';
      void shutDown(signal);
    } else if (phase === 'draining') {
      logger.info({ signal }, 'a second signal: the drain ends now');
      endDrain();
    } else {
      logger.warn({ signal }, 'a signal during the close: exiting before it has finished');
      exit(1);
    }
  };
  signals.on('SIGTERM', onSignal);
  signals.on('SIGINT', onSignal);
}

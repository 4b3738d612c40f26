import { EventEmitter } from 'node:events';
import { shutdownOnSignals } from '../../src/lifecycle/shutdown-on-signals.js';

const silent = { info: () => {}, warn: () => {}, error: () => {} };
const settled = () => new Promise((resolve) => setImmediate(resolve));

/** A process stand-in: its signals, what the app was asked to do, and how the process exited. */
function world(closeResult: () => Promise<void> = async () => {}) {
  const signals = new EventEmitter();
  const calls: string[] = [];
  const exits: number[] = [];
  const app = {
    beginShutdown: () => calls.push('beginShutdown'),
    close: () => {
      calls.push('close');
      return closeResult();
    },
  };
  return { signals, calls, exits, app, exit: (code: number) => exits.push(code) };
}

describe('shutdownOnSignals', () => {
  it('without a drain, begins the shutdown, closes and exits 0 at the first signal', async () => {
    const w = world();
    shutdownOnSignals(w.app, { drainMs: 0, logger: silent, signals: w.signals, exit: w.exit });
    w.signals.emit('SIGTERM', 'SIGTERM');
    await settled();
    expect(w.calls).toEqual(['beginShutdown', 'close']);
    expect(w.exits).toEqual([0]);
  });

  it('drains before closing, and a second signal ends the drain there', async () => {
    const w = world();
    shutdownOnSignals(w.app, { drainMs: 600_000, logger: silent, signals: w.signals, exit: w.exit });
    w.signals.emit('SIGTERM', 'SIGTERM');
    await settled();
    expect(w.calls).toEqual(['beginShutdown']);
    expect(w.exits).toEqual([]);
    w.signals.emit('SIGINT', 'SIGINT');
    await settled();
    expect(w.calls).toEqual(['beginShutdown', 'close']);
    expect(w.exits).toEqual([0]);
  });

  it('exits 1 at once at a signal during the close, and 1 when the close fails', async () => {
    const hung = world(() => new Promise(() => {}));
    shutdownOnSignals(hung.app, { drainMs: 0, logger: silent, signals: hung.signals, exit: hung.exit });
    hung.signals.emit('SIGINT', 'SIGINT');
    await settled();
    expect(hung.exits).toEqual([]);
    hung.signals.emit('SIGINT', 'SIGINT');
    expect(hung.exits).toEqual([1]);

    const failing = world(async () => {
      throw new Error('the database would not close');
    });
    shutdownOnSignals(failing.app, { drainMs: 0, logger: silent, signals: failing.signals, exit: failing.exit });
    failing.signals.emit('SIGTERM', 'SIGTERM');
    await settled();
    expect(failing.exits).toEqual([1]);
  });
});

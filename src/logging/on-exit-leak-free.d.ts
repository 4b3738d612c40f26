// The package ships no types; these are the calls of its README (the log destination uses both).
declare module 'on-exit-leak-free' {
  /** Calls `dispose(value)` on the process's 'exit' while `value` is alive; held weakly, so it leaks nothing. */
  export function register<T extends object>(value: T, dispose: (value: T, event: 'exit') => void): void;
  export function unregister(value: object): void;
}

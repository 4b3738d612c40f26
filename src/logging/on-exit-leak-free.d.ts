// The package ships no types; these are the two calls of its README that the logger uses.
declare module 'on-exit-leak-free' {
  /** Calls `dispose(value)` on the process's 'exit' while `value` is alive; held weakly, so it leaks nothing. */
  export function register<T extends object>(value: T, dispose: (value: T, event: 'exit') => void): void;
  export function unregister(value: object): void;
}

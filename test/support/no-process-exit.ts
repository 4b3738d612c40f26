/**
 * A library under test must not end the whole run: in a test file's context, process.exit throws
 * instead, so the one test (or hook) that caused it fails and says who called it. Seen before: a
 * server still booting when its file timed out made Nest's lazy package loader call process.exit(1).
 */
process.exit = ((code?: number | string | null) => {
  throw new Error(`process.exit(${code ?? ''}) was called during a test; a library must not end the run`);
}) as typeof process.exit;

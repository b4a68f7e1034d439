// The CLI's contact with the outside world, injected so that tests can run commands in-process too.
import type { AppError } from '../../shared/errors';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const EXIT = {
  ok: 0,
  /** A clear refusal: bad input, missing setup, unknown unit… (the message says which). */
  error: 1,
  /** The command line itself was wrong (unknown command or option). */
  usage: 2,
  /** `draft check`: the report has errors, or warnings without an explanation. */
  notReady: 3,
  /** `verify`: the signature is valid, but only for the key the package carries, which nobody confirmed. */
  untrusted: 4,
} as const;

export class CliExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export function printError(io: CliIo, e: AppError, json: boolean): void {
  if (json) io.out(JSON.stringify({ ok: false, error: e.toData() }, null, 2));
  io.err(`Lỗi [${e.code}]: ${e.message}`);
  for (const p of e.details?.problems ?? []) io.err(`  - ${p}`);
}

// Control characters (C0 but tab and newline, DEL, C1 — ESC and CSI start terminal commands; CR
// rewrites the line), bidi controls (reorder what is shown) and line separators.
// eslint-disable-next-line no-control-regex
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * What reaches a terminal: every unsafe character shown as its visible \uXXXX escape, so that a name,
 * file name or narrative from a package can neither run a terminal command nor fake a line, and so
 * that JSON output stays the same data (inside a JSON string the escape means that character).
 */
export const terminalSafe = (s: string): string => s.replace(TERMINAL_UNSAFE, escape);

/** A single-line field from outside (a name, a file name): its line breaks and tabs shown too. */
export const oneLineSafe = (s: string): string => terminalSafe(s).replace(/[\n\t]/g, escape);

/** The same io, every line it prints made safe for a terminal. */
export const safeIo = (io: CliIo): CliIo => ({ ...io, out: (s) => io.out(terminalSafe(s)), err: (s) => io.err(terminalSafe(s)) });

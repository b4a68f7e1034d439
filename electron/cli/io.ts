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

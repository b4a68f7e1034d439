import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/tongket.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: NodeJS.ProcessEnv;
  /** Run as another user (only possible as root): to meet a folder this user cannot write. */
  uid?: number;
  cwd?: string;
}

/** Runs the real `tongket` command (bin/tongket.js → dist bundle) in a child process. */
export function tongket(args: string[], options: CliOptions = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (!options.env || !('TONGKET_DATA' in options.env)) delete env.TONGKET_DATA;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

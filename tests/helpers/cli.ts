import { execFile, spawnSync } from 'node:child_process';
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

/** The passphrase the tests' signing keys are protected with. */
export const TEST_PASSPHRASE = 'mật khẩu thử nghiệm';

function cliEnv(options: CliOptions): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env, TONGKET_DATA: undefined, TONGKET_PASSPHRASE: TEST_PASSPHRASE, ...options.env };
  const env = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
  return env;
}

/**
 * Runs the real `tongket` command (bin/tongket.js → dist bundle) in a child process, with the test
 * passphrase unless `env` says otherwise (TONGKET_PASSPHRASE: undefined to run without one).
 */
export function tongket(args: string[], options: CliOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: cliEnv(options),
    encoding: 'utf8',
    timeout: 60_000,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** `tongket` that must succeed: its standard output, or an error carrying everything it printed. */
export function tongketOk(args: string[], options: CliOptions = {}): string {
  const r = tongket(args, options);
  if (r.code !== 0) throw new Error(`tongket ${args.join(' ')} → ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** `tongket` without blocking, so that several commands can run at once. */
export function tongketAsync(args: string[], options: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd ?? ROOT, env: cliEnv(options), encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        if (code === null) reject(error as Error);
        else resolve({ code, stdout, stderr });
      },
    );
  });
}

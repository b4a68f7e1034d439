// Process entry of the `tongket` command (bundled to dist/cli/tongket.mjs).
import { runCli } from './main';

const code = await runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;

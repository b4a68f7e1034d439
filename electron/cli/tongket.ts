// Process entry of the `tongket` command (bundled to dist/cli/tongket.mjs).
import { runCli } from './main';

/**
 * A stream whose reader went away (`tongket status | head -1`) swallows the rest quietly: the
 * command still finishes its work (an import half-done because nobody reads its lines would be worse),
 * it just stops printing.
 */
function quietWhenClosed(stream: NodeJS.WriteStream): (s: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return (s) => {
    if (!closed) stream.write(`${s}\n`);
  };
}

const code = await runCli(process.argv.slice(2), {
  out: quietWhenClosed(process.stdout),
  err: quietWhenClosed(process.stderr),
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;

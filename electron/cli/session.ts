// Opens the services for one command and always closes them, so that the database (and the folder's
// hold, for a write command) is released even when the command fails. A command that only reads says
// so: it then works beside the app and on a read-only folder.
import { openAppServices, type AppServices } from '../services/app-services';
import { APP_VERSION } from '../services/host';
import type { CliIo } from './io';
import { resolveDataDir, type GlobalOptions } from './options';
import { cliSecrets } from './passphrase';

export async function withServices<T>(
  io: CliIo,
  opts: GlobalOptions,
  run: (services: AppServices) => Promise<T>,
  { create = false, exportDir = null, readOnly = false }: { create?: boolean; exportDir?: string | null; readOnly?: boolean } = {},
): Promise<T> {
  const services = openAppServices({
    dataDir: resolveDataDir(io, opts),
    create,
    readOnly,
    holder: 'cli',
    host: { appVersion: APP_VERSION, secrets: cliSecrets(io), chooseExportDir: async () => exportDir },
    onUnexpected: (method, e) => io.err(`(${method}) ${(e as Error).stack ?? String(e)}`),
  });
  try {
    return await run(services);
  } finally {
    services.close();
  }
}

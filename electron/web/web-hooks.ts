// The web host's own answers to what the services ask of a host. It has no OS keychain and no folder
// dialog, so: the signing key opens with the passphrase from TONGKET_PASSPHRASE (as on the command
// line; without it nothing can be signed and export says so), and exported files go to one folder
// fixed at start (`--exports`), created when first needed. The page never names a path.
import { mkdirSync } from 'node:fs';
import { APP_VERSION, type HostHooks } from '../services/host';
import { passphraseProtector } from '../services/signing/passphrase-protector';

/** The folder exports go to when --exports is not given: "xuat" (xuất) inside the data folder. */
export const DEFAULT_EXPORTS_SUBDIR = 'xuat';

export interface WebHookOptions {
  /** The passphrase that protects the signing key, or null/empty when none was given. */
  passphrase: string | null | undefined;
  /** Where exports, receipts, public keys and the tracker workbook are written. */
  exportsDir: string;
}

export function webHostHooks({ passphrase, exportsDir }: WebHookOptions): HostHooks {
  const protector = passphrase ? passphraseProtector(passphrase) : null;
  return {
    appVersion: APP_VERSION,
    secrets: async () => protector,
    chooseExportDir: async () => {
      mkdirSync(exportsDir, { recursive: true });
      return exportsDir;
    },
    // A browser cannot open a folder on this machine: the page shows the path instead.
    openExportDir: async () => ({ folder: exportsDir, opened: false }),
  };
}

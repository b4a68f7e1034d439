// What differs between the desktop app, the web host and the CLI, injected into the services:
// how the signing key is protected, and where exported files go (chosen by the host, never by the UI).
import type { OpenFolderResult } from '../../shared/api/contract';
import type { SecretProtector } from './signing/secret-protector';

export interface HostHooks {
  appVersion: string;
  /** The protector of this host, or null when none is available (then no key can be used). */
  secrets(): Promise<SecretProtector | null>;
  /**
   * The folder for the files of one call, or null when the user cancelled the choice. `what` names
   * those files in Vietnamese ("tệp xuất", "bản chuyển máy"), for a dialog's title.
   */
  chooseExportDir(what?: string): Promise<string | null>;
  /**
   * Shows the folder this host last chose for exports in the system's file manager. Optional: a host
   * without a file manager (CLI, tests) leaves it out and the call only reports that nothing opened.
   */
  openExportDir?(): Promise<OpenFolderResult>;
}

export const APP_VERSION = '0.1.0';

export const noHostHooks: HostHooks = {
  appVersion: APP_VERSION,
  secrets: async () => null,
  chooseExportDir: async () => null,
};

// The unit's signing key on this computer (Settings): its state, the move backup for a new computer,
// typing the move passphrase once on the new computer, and a new key when the old one cannot be opened.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, MoveBackupInfo, PublicKeyFile, SigningKeyInfo } from '../../shared/api/contract';
import { errorText } from '../components/common/format';

export interface SigningState {
  loaded: boolean;
  key: SigningKeyInfo | null;
  busy: boolean;
  /** A refusal about the key (wrong passphrase…), shown in the key panel. */
  error: string | null;
  /** A refusal of the move file, shown in the move panel. */
  moveError: string | null;
  /** The last move backup written in this session. */
  moved: MoveBackupInfo | null;
  /** What just happened to the key, for the confirmation line. */
  changed: 'adopted' | 'replaced' | null;
  publicKey: PublicKeyFile | null;
  load(): Promise<void>;
  createMove(passphrase: string): Promise<void>;
  adopt(passphrase: string): Promise<void>;
  /** Throws the services' refusal, for the confirmation dialog to show. */
  replace(): Promise<void>;
  exportPublicKey(): Promise<void>;
  /** Makes the next key, announced in the next package signed by the current one. */
  announce(): Promise<void>;
}

export interface SigningOptions {
  /** The key changed: the export page shows its fingerprint and state again. */
  onKeyChanged(): void;
}

export function createSigningStore(api: Api, options: SigningOptions): StoreApi<SigningState> {
  return createStore<SigningState>((set) => {
    const run = async (work: () => Promise<Partial<SigningState>>, errorIn: 'error' | 'moveError' = 'error') => {
      set({ busy: true, error: null, moveError: null });
      try {
        set({ ...(await work()), busy: false });
      } catch (e) {
        set({ busy: false, [errorIn]: errorText(e) });
      }
    };
    return {
      loaded: false,
      key: null,
      busy: false,
      error: null,
      moveError: null,
      moved: null,
      changed: null,
      publicKey: null,
      load: () => run(async () => ({ key: await api.getSigningKey({}), loaded: true })),
      createMove: (passphrase) => run(async () => ({ moved: await api.createMoveBackup({ passphrase }), changed: null }), 'moveError'),
      adopt: (passphrase) =>
        run(async () => {
          const key = await api.adoptSigningKey({ passphrase });
          options.onKeyChanged();
          return { key, changed: 'adopted' };
        }),
      async replace() {
        const key = await api.replaceSigningKey({});
        options.onKeyChanged();
        set({ key, changed: 'replaced', publicKey: null, error: null });
      },
      exportPublicKey: () => run(async () => ({ publicKey: await api.exportPublicKey({}) })),
      announce: () =>
        run(async () => {
          const key = await api.announceNewKey({});
          options.onKeyChanged();
          return { key, changed: null };
        }),
    };
  });
}

// Attachments (issue 17). At a unit: the files attached to the revision being written, stored by the
// services as soon as they are chosen or dropped (a reload shows them again), removable until export.
// At the level above: the attachments of a received revision, opened in the page or saved to a folder.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AttachmentContent, AttachmentInfo, SavedAttachment } from '../../shared/api/attachment-types';
import type { Api } from '../../shared/api/contract';
import { AppError } from '../../shared/errors';
import type { PickedFile } from '../platform/files';

/** One file's outcome when several are chosen at once: each is checked on its own. */
export interface AddOutcome {
  name: string;
  error: string;
  /** The stable code (E_ATTACHMENT_TYPE…), shown small for a support call. */
  code: string | null;
}

export interface AttachmentsState {
  loaded: boolean;
  list: AttachmentInfo[];
  busy: boolean;
  /** The refusals of the last choice, one line per refused file. */
  refused: AddOutcome[];
  error: string | null;
  load(): Promise<void>;
  add(files: PickedFile[]): Promise<void>;
  remove(name: string): Promise<void>;
  /** A received revision's attachments (the services refuse outside a receiving unit). */
  listReceived(unitCode: string, revision: number): Promise<AttachmentInfo[]>;
  readReceived(unitCode: string, revision: number, name: string): Promise<AttachmentContent>;
  saveReceived(unitCode: string, revision: number, name: string): Promise<SavedAttachment>;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createAttachmentsStore(api: Api): StoreApi<AttachmentsState> {
  return createStore<AttachmentsState>((set, get) => ({
    loaded: false,
    list: [],
    busy: false,
    refused: [],
    error: null,

    async load() {
      try {
        set({ list: await api.listAttachments({}), loaded: true, error: null });
      } catch (e) {
        set({ error: message(e), loaded: true });
      }
    },

    async add(files) {
      if (get().busy) return;
      set({ busy: true, refused: [], error: null });
      const refused: AddOutcome[] = [];
      // One at a time: each call carries one file, and one refused file does not stop the others.
      for (const f of files) {
        try {
          set({ list: await api.addAttachment({ name: f.name, dataBase64: await f.readBase64() }) });
        } catch (e) {
          refused.push({ name: f.name, error: message(e), code: e instanceof AppError ? e.code : null });
        }
      }
      set({ busy: false, refused });
    },

    async remove(name) {
      set({ error: null, refused: [] });
      try {
        set({ list: await api.removeAttachment({ name }) });
      } catch (e) {
        set({ error: message(e) });
      }
    },

    listReceived: (unitCode, revision) => api.listReceivedAttachments({ unitCode, revision }),
    readReceived: (unitCode, revision, name) => api.readReceivedAttachment({ unitCode, revision, name }),
    saveReceived: (unitCode, revision, name) => api.saveReceivedAttachment({ unitCode, revision, name }),
  }));
}

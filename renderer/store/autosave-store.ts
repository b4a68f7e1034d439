// Saves every change as the user types: changes wait a short moment (so that a burst of keystrokes is
// one save), then go out one at a time in order; blur and page hide flush at once. The store shows
// "đã lưu" only after the services confirmed the write, so what is shown as saved is saved.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, SaveResult } from '../../shared/api/contract';
import { AppError } from '../../shared/errors';
import type { RawCells } from '../../shared/report/raw-inputs';
import type { FieldValue } from '../../shared/report/values';
import { without } from './records';

export type SaveJob =
  /**
   * `typed`: the text of a one-value field as the user typed it. Should the services refuse the value
   * (too large, too long), that text is kept as typed instead, like a text that cannot be read.
   */
  | { target: 'field'; key: string; value: FieldValue | null; raw?: RawCells; typed?: string }
  | { target: 'explanation'; key: string; text: string };

export interface AutosaveState {
  /** Changes typed but not yet confirmed (queued or on the way). */
  unsaved: number;
  lastSavedAt: string | null;
  /** Changes the services refused, by error key (`fieldErrorKey` / `explanationErrorKey`), shown at the field. */
  errors: Record<string, string>;
  /**
   * Texts the renderer could not read (e.g. "1.2.3"), by field key: shown at the field. They are saved
   * as typed beside the value (nothing typed is lost), so they are not "unsaved".
   */
  local: Record<string, string>;
  /** The connection failed: changes are kept and retried. */
  offline: boolean;
  queueField(key: string, value: FieldValue | null, raw?: RawCells, typed?: string): void;
  queueExplanation(ruleId: string, text: string): void;
  /** A text the renderer could not read (e.g. "1.2.3"): its message at the field. */
  setLocalError(key: string, message: string | null): void;
  /** The user chose to leave without the refused changes: what is shown again is what is stored. */
  dropRefused(): void;
  /** Sends everything now; `urgent` sends in parallel because the page is going away. */
  flush(options?: { urgent?: boolean }): Promise<void>;
}

export const fieldErrorKey = (key: string): string => key;
export const explanationErrorKey = (ruleId: string): string => `explain:${ruleId}`;
const jobId = (job: Pick<SaveJob, 'target' | 'key'>): string =>
  job.target === 'field' ? fieldErrorKey(job.key) : explanationErrorKey(job.key);

export interface AutosaveOptions {
  delayMs?: number;
  retryMs?: number;
  initialSavedAt?: string | null;
  onSaved(result: SaveResult, job: SaveJob): void;
}

export function createAutosaveStore(api: Api, options: AutosaveOptions): StoreApi<AutosaveState> {
  const delay = options.delayMs ?? 500;
  const retry = options.retryMs ?? 3000;
  const queue = new Map<string, SaveJob>();
  let inFlight = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let draining: Promise<void> | null = null;
  /** Refused changes being kept as typed, with the services' message, by job id. */
  const keep = new Map<string, string>();

  return createStore<AutosaveState>((set, get) => {
    const count = () => set({ unsaved: queue.size + inFlight });
    const setError = (id: string, message: string | null) => {
      const errors = get().errors;
      set({ errors: message === null ? without(errors, id) : { ...errors, [id]: message } });
    };
    const schedule = (ms: number) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void get().flush(), ms);
    };

    async function send(job: SaveJob): Promise<void> {
      const id = jobId(job);
      inFlight += 1;
      count();
      try {
        const result =
          job.target === 'field'
            ? await api.saveField(job.raw === undefined ? { key: job.key, value: job.value } : { key: job.key, value: job.value, raw: job.raw })
            : await api.saveExplanation({ ruleId: job.key, text: job.text });
        setError(id, null);
        const kept = keep.get(id);
        if (kept !== undefined && job.target === 'field') {
          // The refused text is now stored as typed: its message stays at the field, as a kept text's does.
          keep.delete(id);
          get().setLocalError(job.key, kept);
        }
        set({ lastSavedAt: result.savedAt, offline: false });
        options.onSaved(result, job);
      } catch (e) {
        const err = e instanceof AppError ? e : new AppError('E_INTERNAL', e instanceof Error ? e.message : String(e));
        if (err.code === 'E_TRANSPORT') {
          // Not refused, just not delivered: keep the change (unless a newer one replaced it) and retry.
          if (!queue.has(id)) queue.set(id, job);
          set({ offline: true });
          schedule(retry);
        } else if (err.code === 'E_FIELD_VALUE' && job.target === 'field' && job.typed !== undefined && !queue.has(id)) {
          // Refused, but what was typed is not lost: it is kept as typed (stored beside the value, marked,
          // with the services' message) unless a newer change of the field is already waiting.
          setError(id, err.message);
          keep.set(id, err.message);
          queue.set(id, { target: 'field', key: job.key, value: null, raw: { '': job.typed } });
          schedule(0);
        } else {
          setError(err.details?.field && job.target === 'field' ? fieldErrorKey(err.details.field) : id, err.message);
        }
      } finally {
        inFlight -= 1;
        count();
      }
    }

    async function drain(): Promise<void> {
      for (let next = queue.entries().next(); !next.done; next = queue.entries().next()) {
        const [id, job] = next.value;
        queue.delete(id);
        count();
        await send(job);
        if (get().offline) return;
      }
    }

    const enqueue = (job: SaveJob) => {
      queue.set(jobId(job), job);
      count();
      schedule(delay);
    };

    return {
      unsaved: 0,
      lastSavedAt: options.initialSavedAt ?? null,
      errors: {},
      local: {},
      offline: false,
      queueField: (key, value, raw, typed) => {
        setError(fieldErrorKey(key), null);
        keep.delete(fieldErrorKey(key));
        enqueue({ target: 'field', key, value, ...(raw === undefined ? {} : { raw }), ...(typed === undefined ? {} : { typed }) });
      },
      queueExplanation: (ruleId, text) => enqueue({ target: 'explanation', key: ruleId, text }),
      dropRefused: () => set({ errors: {} }),
      setLocalError: (key, message) => {
        const local = get().local;
        if (message === null ? local[key] === undefined : local[key] === message) return;
        set({ local: message === null ? without(local, key) : { ...local, [key]: message } });
      },
      async flush(flushOptions) {
        if (timer) clearTimeout(timer);
        timer = null;
        if (flushOptions?.urgent) {
          const jobs = [...queue.values()];
          queue.clear();
          count();
          await Promise.all(jobs.map(send));
          return;
        }
        while (draining) await draining;
        if (queue.size === 0) return;
        draining = drain().finally(() => {
          draining = null;
        });
        await draining;
      },
    };
  });
}

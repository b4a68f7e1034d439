// The renderer's autosave queue, against a fake Api: a burst of typing is one save, the latest value
// wins, a refused value is reported at its field, a lost connection keeps the change for a retry.
import { describe, expect, it, vi } from 'vitest';
import type { Api, SaveResult } from '../../shared/api/contract';
import { AppError } from '../../shared/errors';
import { createAutosaveStore } from '../../renderer/store/autosave-store';

const result = (key: string, value: SaveResult['value']): SaveResult => ({
  key,
  value,
  raw: null,
  savedAt: '2023-05-15T02:00:00.000Z',
  validation: { issues: [], errorCount: 0, warningCount: 0, unexplainedCount: 0 },
  progress: [],
});

function fakeApi(saveField: Api['saveField']): Api {
  return { saveField, saveExplanation: vi.fn(async ({ ruleId, text }) => result(ruleId, text)) } as unknown as Api;
}

describe('renderer autosave', () => {
  it('sends a burst of changes once, with the latest value, after the pause', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async ({ key, value }: { key: string; value: unknown }) => result(key, value as SaveResult['value']));
    const onSaved = vi.fn();
    const store = createAutosaveStore(fakeApi(save), { delayMs: 500, onSaved });
    store.getState().queueField('s4.narrative', 'Đ');
    store.getState().queueField('s4.narrative', 'Đã');
    store.getState().queueField('s4.narrative', 'Đã làm');
    expect(store.getState().unsaved).toBe(1);
    await vi.advanceTimersByTimeAsync(499);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ key: 's4.narrative', value: 'Đã làm' });
    expect(store.getState().unsaved).toBe(0);
    expect(store.getState().lastSavedAt).toBe('2023-05-15T02:00:00.000Z');
    expect(onSaved).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('flushes at once on blur or page hide', async () => {
    const save = vi.fn(async ({ key, value }: { key: string; value: unknown }) => result(key, value as SaveResult['value']));
    const store = createAutosaveStore(fakeApi(save), { delayMs: 60_000, onSaved: () => undefined });
    store.getState().queueField('s2.conferences', 3);
    store.getState().queueField('s2.inspections', 4);
    await store.getState().flush({ urgent: true });
    expect(save).toHaveBeenCalledTimes(2);
    expect(store.getState().unsaved).toBe(0);
  });

  it('shows a refused value at its field and keeps nothing queued', async () => {
    const save = vi.fn(async (): Promise<SaveResult> => {
      throw new AppError('E_FIELD_VALUE', 'Ô «Số lớp»: Quá lớn: tối đa 10.000.000.', { field: 's5.courses' });
    });
    const store = createAutosaveStore(fakeApi(save), { onSaved: () => undefined });
    store.getState().queueField('s5.courses', 99_999_999);
    await store.getState().flush();
    expect(store.getState().errors['s5.courses']).toBe('Ô «Số lớp»: Quá lớn: tối đa 10.000.000.');
    expect(store.getState().unsaved).toBe(0);
    // The next good value clears the message.
    save.mockImplementation(async () => result('s5.courses', 6));
    store.getState().queueField('s5.courses', 6);
    await store.getState().flush();
    expect(store.getState().errors['s5.courses']).toBeUndefined();
  });

  it('keeps a refused one-value text as typed: sent again beside an empty value, its message kept at the field', async () => {
    const save = vi.fn(async ({ key, value }: { key: string; value: unknown }): Promise<SaveResult> => {
      if (value !== null) throw new AppError('E_FIELD_VALUE', 'Ô «Số lớp»: Quá lớn: tối đa 10.000.000.', { field: key });
      return result(key, null);
    });
    const store = createAutosaveStore(fakeApi(save), { delayMs: 0, onSaved: () => undefined });
    store.getState().queueField('s5.courses', 99_999_999, {}, '99.999.999');
    await store.getState().flush();
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    await store.getState().flush();
    expect(save).toHaveBeenLastCalledWith({ key: 's5.courses', value: null, raw: { '': '99.999.999' } });
    // Stored as typed: not a refused change any more (leaving does not ask), but still marked.
    expect(store.getState().errors).toEqual({});
    expect(store.getState().local['s5.courses']).toBe('Ô «Số lớp»: Quá lớn: tối đa 10.000.000.');
    expect(store.getState().unsaved).toBe(0);
  });

  it('sends a text the window could not read as typed, and keeps its message at the field without calling it unsaved', async () => {
    const save = vi.fn(async ({ key, value }: { key: string; value: unknown; raw?: Record<string, string> }) => result(key, value as SaveResult['value']));
    const store = createAutosaveStore(fakeApi(save), { onSaved: () => undefined });
    store.getState().queueField('s5.courses', 12);
    store.getState().setLocalError('s5.courses', 'Không đọc được số «1.2.3».');
    store.getState().queueField('s5.courses', null, { '': '1.2.3' });
    await store.getState().flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ key: 's5.courses', value: null, raw: { '': '1.2.3' } });
    expect(store.getState().local['s5.courses']).toBe('Không đọc được số «1.2.3».');
    expect(store.getState().errors['s5.courses']).toBeUndefined();
    expect(store.getState().unsaved).toBe(0);
  });

  it('keeps a change the connection lost, and retries it', async () => {
    vi.useFakeTimers();
    let online = false;
    const save = vi.fn(async ({ key, value }: { key: string; value: unknown }) => {
      if (!online) throw new AppError('E_TRANSPORT', 'Không kết nối được.');
      return result(key, value as SaveResult['value']);
    });
    const store = createAutosaveStore(fakeApi(save), { retryMs: 1000, onSaved: () => undefined });
    store.getState().queueField('s4.narrative', 'Giữ lại');
    await store.getState().flush();
    expect(store.getState().offline).toBe(true);
    expect(store.getState().unsaved).toBe(1);
    online = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenLastCalledWith({ key: 's4.narrative', value: 'Giữ lại' });
    expect(store.getState().offline).toBe(false);
    expect(store.getState().unsaved).toBe(0);
    vi.useRealTimers();
  });
});

// The window's import queue against a fake Api: one call per file in order with the progress moving,
// files that cannot be packages answered without being read, a failed call becoming that file's line,
// and a key registered elsewhere turning the held lines into what it released.
import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../../shared/api/contract';
import type { ImportLine } from '../../shared/api/inbox-types';
import { AppError } from '../../shared/errors';
import type { PickedFile } from '../../renderer/platform/files';
import { createInboxStore } from '../../renderer/store/inbox-store';

const file = (name: string, size = 100): PickedFile & { reads: number } => {
  const f = {
    name,
    size,
    reads: 0,
    readBase64: async () => {
      f.reads += 1;
      return Buffer.from(name).toString('base64');
    },
    readText: async () => name,
  };
  return f;
};

function fakeApi(importUploads: Api['importUploads']): Api {
  return { importUploads, listHeld: vi.fn(async () => []) } as unknown as Api;
}

describe('inbox store', () => {
  it('sends one file per call, in order, and shows which file is being checked', async () => {
    const seen: { current: string | null; done: number }[] = [];
    const calls: string[] = [];
    const api = fakeApi(
      vi.fn<Api['importUploads']>(async ({ files }) => {
        calls.push(files.map((f) => f.name).join(','));
        return files.map((f): ImportLine => ({ source: f.name, outcome: 'accepted', message: 'Đã nhận.' }));
      }),
    );
    const onChanged = vi.fn();
    const store = createInboxStore(api, { onChanged });
    store.subscribe((s) => {
      if (s.running && s.current) seen.push({ current: s.current, done: s.done });
    });
    await store.getState().importFiles([file('a.tongket'), file('b.eml'), file('c.tongket-receipt')]);
    expect(calls).toEqual(['a.tongket', 'b.eml', 'c.tongket-receipt']);
    expect(seen.map((s) => s.current)).toEqual(expect.arrayContaining(['a.tongket', 'b.eml', 'c.tongket-receipt']));
    expect(seen.find((s) => s.current === 'c.tongket-receipt')?.done).toBe(2);
    const s = store.getState();
    expect(s).toMatchObject({ running: false, done: 3, total: 3, current: null });
    expect(s.lines.map((l) => l.outcome)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('answers files that cannot be packages without reading them', async () => {
    const importUploads = vi.fn(async () => [] as ImportLine[]);
    const store = createInboxStore(fakeApi(importUploads), { onChanged: () => undefined });
    const big = file('lon.tongket', 60 * 1024 * 1024);
    const text = file('ghi-chu.txt');
    await store.getState().importFiles([big, text]);
    expect(importUploads).not.toHaveBeenCalled();
    expect(big.reads + text.reads).toBe(0);
    expect(store.getState().lines).toMatchObject([
      { source: 'lon.tongket', outcome: 'rejected', code: 'E_PKG_SIZE' },
      { source: 'ghi-chu.txt', outcome: 'skipped' },
    ]);
    expect(store.getState().lines[0]?.message).toContain('vượt giới hạn 50 MB');
  });

  it('turns a failed call into that file’s line and goes on with the next', async () => {
    const importUploads = vi
      .fn<Api['importUploads']>()
      .mockRejectedValueOnce(new AppError('E_TRANSPORT', 'Không kết nối được với dịch vụ TongKet.'))
      .mockResolvedValueOnce([{ source: 'b.tongket', outcome: 'accepted', message: 'Đã nhận.' }]);
    const store = createInboxStore(fakeApi(importUploads), { onChanged: () => undefined });
    await store.getState().importFiles([file('a.tongket'), file('b.tongket')]);
    expect(store.getState().lines).toMatchObject([
      { source: 'a.tongket', outcome: 'rejected', code: 'E_TRANSPORT', message: 'Từ chối [E_TRANSPORT]: Không kết nối được với dịch vụ TongKet.' },
      { source: 'b.tongket', outcome: 'accepted' },
    ]);
  });

  it('replaces held lines by what a key registered elsewhere released, receipts included', async () => {
    const held: ImportLine[] = [
      { source: 'bien-nhan.tongket-receipt', outcome: 'held', keyId: 'AAAA', fingerprint: '1111-1111-1111-1111', unitCode: 'LDLD-TAMDUONG', message: 'Tạm giữ biên nhận.' },
      // Another key under the same key id: settling the first key must leave it held.
      { source: 'gia.tongket-receipt', outcome: 'held', keyId: 'AAAA', fingerprint: '2222-2222-2222-2222', unitCode: 'LDLD-TAMDUONG', message: 'Tạm giữ biên nhận.' },
      { source: 'goi.tongket', outcome: 'held', keyId: 'BBBB', fingerprint: '3333-3333-3333-3333', unitCode: 'LDLD-SINHO', message: 'Tạm giữ.' },
    ];
    const store = createInboxStore(fakeApi(vi.fn(async () => held)), { onChanged: () => undefined });
    await store.getState().importFiles([file('x.eml')], 'receipt');
    store.getState().settle('1111-1111-1111-1111', {
      key: null,
      released: [{ source: '3f9a1c2b7d8e', outcome: 'receipt', message: 'Đã áp dụng biên nhận lần gửi 1.' }],
    });
    expect(store.getState().lines).toMatchObject([
      { source: 'bien-nhan.tongket-receipt', outcome: 'receipt', message: 'Đã áp dụng biên nhận lần gửi 1.' },
      { source: 'gia.tongket-receipt', outcome: 'held' },
      { source: 'goi.tongket', outcome: 'held' },
    ]);
    expect(store.getState().scope).toBe('receipt');
  });
});

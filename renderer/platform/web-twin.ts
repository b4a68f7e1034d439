// The browser twin of the preload: the same envelopes over HTTP to the loopback host, with the per-run
// token that the host printed in the address (#token=…). The token leaves the address bar at once
// and lives in this tab's sessionStorage, so that a reload still works and a copied link carries none.
import type { Transport } from '../../shared/api/client';
import type { ApiResult } from '../../shared/api/contract';

const TOKEN_KEY = 'tongket.token';
const TOKEN_HEADER = 'X-TongKet-Token';
// Browsers allow at most 64 KB of keepalive bodies in flight; bigger saves go as plain requests.
const KEEPALIVE_LIMIT = 48 * 1024;

export function takeSessionToken(location: Location, history: History, storage: Storage): string {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', `${location.pathname}${location.search}#/`);
    return match[1];
  }
  return storage.getItem(TOKEN_KEY) ?? '';
}

const failure = (code: 'E_TRANSPORT' | 'E_FORBIDDEN', message: string): ApiResult<never> => ({ ok: false, error: { code, message } });

export function createWebTransport(token: string, fetchImpl: typeof fetch = fetch): Transport {
  return async (method, input) => {
    const body = JSON.stringify(input ?? {});
    let response: Response;
    try {
      response = await fetchImpl(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body,
        credentials: 'omit',
        // A save sent while the page is closing must still arrive.
        keepalive: body.length < KEEPALIVE_LIMIT,
      });
    } catch {
      return failure('E_TRANSPORT', 'Không kết nối được với dịch vụ TongKet. Hãy kiểm tra chương trình còn đang chạy rồi thử lại.');
    }
    try {
      return (await response.json()) as ApiResult<unknown>;
    } catch {
      return response.status === 403
        ? failure('E_FORBIDDEN', 'Phiên làm việc không hợp lệ. Hãy mở lại địa chỉ đã in ra khi khởi động.')
        : failure('E_TRANSPORT', `Dịch vụ trả lời không đúng dạng (mã ${response.status}).`);
    }
  };
}

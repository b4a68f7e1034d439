// Decides whether an HTTP request may reach the router. Pure, so that every refusal is unit-tested:
// the host listens on 127.0.0.1 only, but any web page the user visits can also talk to 127.0.0.1, so
// each call must carry the per-run token, come from the host's own origin, and name its own Host
// (against DNS rebinding).
import { timingSafeEqual } from 'node:crypto';
import { CALL_MAX_BYTES, callLimit, megabytes } from '../../shared/api/limits';

export const TOKEN_HEADER = 'x-tongket-token';
export const API_PREFIX = '/api/';
/** Large enough for a whole draft file with every narrative full; small enough to refuse a flood. */
export const MAX_BODY_BYTES = CALL_MAX_BYTES;

/** The body limit of an API path: importUploads carries one package in base64, every other call is small. */
export const bodyLimitFor = (path: string): number => {
  const name = path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : '';
  return callLimit(name);
};

export interface HostIdentity {
  token: string;
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** "127.0.0.1:PORT" */
  host: string;
}

export interface RequestFacts {
  method: string | undefined;
  path: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

export interface Refusal {
  status: number;
  code: 'E_FORBIDDEN' | 'E_TOO_LARGE' | 'E_INPUT' | 'E_METHOD_UNKNOWN';
  message: string;
}

const header = (facts: RequestFacts, name: string): string | undefined => {
  const v = facts.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const forbidden = (message: string): Refusal => ({ status: 403, code: 'E_FORBIDDEN', message });

/** The Host header must be ours whatever is asked, static files included. */
export function checkHost(facts: RequestFacts, id: HostIdentity): Refusal | null {
  return header(facts, 'host') === id.host ? null : forbidden('Yêu cầu gửi tới sai địa chỉ máy chủ nên bị từ chối.');
}

/** An API call: POST, JSON, our origin, our token, a declared size under the limit. */
export function checkApiRequest(facts: RequestFacts, id: HostIdentity): Refusal | null {
  const host = checkHost(facts, id);
  if (host) return host;
  if (facts.method !== 'POST') return { status: 405, code: 'E_METHOD_UNKNOWN', message: 'Chỉ nhận yêu cầu POST.' };
  if (header(facts, 'origin') !== id.origin) {
    return forbidden('Yêu cầu không đến từ chính ứng dụng TongKet (nguồn gốc khác) nên bị từ chối.');
  }
  const site = header(facts, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') return forbidden('Yêu cầu đến từ một trang khác nên bị từ chối.');
  const token = header(facts, TOKEN_HEADER);
  if (!token || !sameSecret(token, id.token)) {
    return forbidden('Thiếu hoặc sai mã phiên làm việc. Hãy mở ứng dụng bằng đúng địa chỉ đã in ra khi khởi động.');
  }
  const type = header(facts, 'content-type') ?? '';
  if (!/^application\/json(;|$)/i.test(type)) return { status: 415, code: 'E_INPUT', message: 'Dữ liệu gửi lên phải ở dạng JSON.' };
  const length = Number(header(facts, 'content-length') ?? '0');
  const limit = bodyLimitFor(facts.path);
  if (Number.isFinite(length) && length > limit) return tooLarge(limit);
  return null;
}

export const tooLarge = (limit: number = MAX_BODY_BYTES): Refusal => ({
  status: 413,
  code: 'E_TOO_LARGE',
  message: `Dữ liệu gửi lên quá lớn (tối đa ${megabytes(limit)} cho một lần).`,
});

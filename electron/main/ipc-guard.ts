// Decides whether an IPC call may reach the router: a known method on our channel prefix, sent by the
// main frame of our own app:// page in our own window, with at most one plain-object argument of
// reasonable size. Pure (no Electron import), so that it is unit-tested under Node; the router then
// parses the argument with the contract's schema.
import { IPC_PREFIX } from '../../shared/api/bridge';
import { isMethodName, type MethodName } from '../../shared/api/contract';
import { CALL_MAX_BYTES, callLimit, megabytes } from '../../shared/api/limits';
import type { AppErrorData } from '../../shared/errors';

export const APP_SCHEME = 'app';
export const APP_HOST = 'tongket';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;
/** The same ceilings as the web host: a whole draft fits, a flood does not; uploads carry one package. */
export const MAX_IPC_BYTES = CALL_MAX_BYTES;

export interface SenderFacts {
  /** URL of the frame that sent the message (event.senderFrame.url); null when the frame is gone. */
  frameUrl: string | null;
  /** The frame is its page's top frame, not an iframe. */
  isMainFrame: boolean;
  /** The message came from the app's own window (not some other webContents). */
  fromAppWindow: boolean;
}

export type GuardDecision = { ok: true; method: MethodName; input: unknown } | { ok: false; error: AppErrorData };

const refuse = (code: AppErrorData['code'], message: string): GuardDecision => ({ ok: false, error: { code, message } });

/** app://tongket/… and nothing else (not app://other, not file://, not http://). */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function jsonSize(value: unknown): number | null {
  try {
    return JSON.stringify(value).length;
  } catch {
    return null;
  }
}

export function checkIpcCall(channel: string, sender: SenderFacts, args: readonly unknown[]): GuardDecision {
  const name = channel.startsWith(IPC_PREFIX) ? channel.slice(IPC_PREFIX.length) : null;
  if (name === null || !isMethodName(name)) return refuse('E_METHOD_UNKNOWN', `Không có chức năng «${channel.slice(0, 60)}».`);
  if (!sender.fromAppWindow || !sender.isMainFrame || !isAppUrl(sender.frameUrl)) {
    return refuse('E_FORBIDDEN', 'Yêu cầu không đến từ cửa sổ chính của ứng dụng nên bị từ chối.');
  }
  if (args.length > 1) return refuse('E_INPUT', 'Mỗi chức năng chỉ nhận một đối số.');
  const input = args[0] ?? {};
  if (!isPlainObject(input)) return refuse('E_INPUT', 'Dữ liệu gửi lên phải là một đối tượng.');
  const size = jsonSize(input);
  if (size === null) return refuse('E_INPUT', 'Dữ liệu gửi lên không đọc được.');
  const limit = callLimit(name);
  if (size > limit) return refuse('E_TOO_LARGE', `Dữ liệu gửi lên quá lớn (tối đa ${megabytes(limit)} cho một lần).`);
  return { ok: true, method: name, input };
}

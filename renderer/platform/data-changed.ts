// Changes made behind the page's back, when its host can tell (the desktop app, after importing a file
// double-clicked in the file manager). Elsewhere there is no source, and nothing to listen to.
import { EVENTS_GLOBAL, type BridgeEvents } from '../../shared/api/bridge';

export function onDataChanged(listener: () => void): () => void {
  const candidate = (window as unknown as Record<string, unknown>)[EVENTS_GLOBAL];
  const events = typeof candidate === 'object' && candidate !== null ? (candidate as Partial<BridgeEvents>) : null;
  return typeof events?.onDataChanged === 'function' ? events.onDataChanged(listener) : () => undefined;
}

// What the Electron preload puts on `window.tongket`: one named function per contract method, each
// returning the router's envelope. Errors cannot cross contextBridge with their code intact, so the
// envelope travels as data and the renderer turns it back into an AppError (createApiClient).
import type { ApiResult, InputOf, MethodName, OutputOf } from './contract';

export type BridgeApi = { [M in MethodName]: (input: InputOf<M>) => Promise<ApiResult<OutputOf<M>>> };

/** The global name the preload exposes for the contract's methods. */
export const BRIDGE_GLOBAL = 'tongket';

/**
 * The one thing the main process tells the page unasked: data changed behind its back (a package or
 * receipt double-clicked in the file manager was imported), so the screens read what they show again.
 * Exposed as `window.tongketEvents`; the web host has no such source and the page works without it.
 */
export interface BridgeEvents {
  /** Calls `listener` on each change; returns the way to stop. */
  onDataChanged(listener: () => void): () => void;
}

export const EVENTS_GLOBAL = 'tongketEvents';
export const DATA_CHANGED_CHANNEL = 'tongket-event:data-changed';

/** The IPC channel of a method: a fixed prefix, so that the main process ignores anything else. */
export const IPC_PREFIX = 'tongket:';

// What the Electron preload puts on `window.tongket`: one named function per contract method, each
// returning the router's envelope. Errors cannot cross contextBridge with their code intact, so the
// envelope travels as data and the renderer turns it back into an AppError (createApiClient).
import type { ApiResult, InputOf, MethodName, OutputOf } from './contract';

export type BridgeApi = { [M in MethodName]: (input: InputOf<M>) => Promise<ApiResult<OutputOf<M>>> };

/** The global name the preload exposes; the renderer looks for nothing else. */
export const BRIDGE_GLOBAL = 'tongket';

/** The IPC channel of a method: a fixed prefix, so that the main process ignores anything else. */
export const IPC_PREFIX = 'tongket:';

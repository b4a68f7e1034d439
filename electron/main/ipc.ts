// Mounts the contract on ipcMain: one handler per method, each call checked by the guard (sender,
// channel, arguments) and then parsed by the router. Failures travel back as envelopes.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { IPC_PREFIX } from '../../shared/api/bridge';
import { METHOD_NAMES, type ApiResult } from '../../shared/api/contract';
import type { Router } from '../services/router';
import { checkIpcCall } from './ipc-guard';

export interface IpcMount {
  /** Calls still running; the app waits for them before it closes the database. */
  pending(): number;
}

export function mountContract(router: Router, appWindow: () => BrowserWindow | null): IpcMount {
  let running = 0;
  for (const method of METHOD_NAMES) {
    const channel = `${IPC_PREFIX}${method}`;
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<ApiResult<unknown>> => {
      const frame = event.senderFrame;
      const decision = checkIpcCall(channel, {
        frameUrl: frame?.url ?? null,
        isMainFrame: frame !== null && frame.parent === null,
        fromAppWindow: appWindow()?.webContents.id === event.sender.id,
      }, args);
      if (!decision.ok) return { ok: false, error: decision.error };
      running += 1;
      try {
        return await router(decision.method, decision.input);
      } finally {
        running -= 1;
      }
    });
  }
  return { pending: () => running };
}

// Files opened from the operating system (double-click on a .tongket or .tongket-receipt, "Open with
// TongKet"): imported through the same services as the inbox (collectPaths + importFiles), one
// result line per file shown in a native message box. Requests that arrive before the database and
// the window are ready wait in a queue; imports run one after another.
import { dialog, type BrowserWindow } from 'electron';
import { DATA_CHANGED_CHANNEL } from '../../shared/api/bridge';
import type { AppServices } from '../services/app-services';
import { collectPaths } from '../services/inbox/collect-files';
import { importFiles } from '../services/inbox/import-files';
import type { ImportLine } from '../services/inbox/import-types';

export interface PackageOpener {
  /** Queues paths to import (already filtered by packagePathsFromArgv). */
  open(paths: readonly string[]): void;
  /** Called once services and window exist: imports whatever was queued. */
  ready(): void;
}

const OK_OUTCOMES: ReadonlySet<ImportLine['outcome']> = new Set(['accepted', 'superseded', 'duplicate', 'receipt']);

function summary(lines: readonly ImportLine[]): { title: string; detail: string; ok: boolean } {
  const ok = lines.every((l) => OK_OUTCOMES.has(l.outcome));
  const title = ok ? `Đã nhận ${lines.length} tệp.` : 'Có tệp chưa nhận được, xem từng dòng dưới đây.';
  return { title, detail: lines.map((l) => `• ${l.source}: ${l.message}`).join('\n'), ok };
}

export function createPackageOpener(services: () => AppServices | null, window: () => BrowserWindow | null): PackageOpener {
  const queue: string[] = [];
  let isReady = false;
  let running: Promise<void> = Promise.resolve();

  async function importQueued(): Promise<void> {
    const s = services();
    if (!s || queue.length === 0) return;
    const paths = queue.splice(0, queue.length);
    const collected = await collectPaths(paths, s.ctx.clock());
    const lines = [...(await importFiles(s.ctx, collected.files)), ...collected.skipped];
    const { title, detail, ok } = summary(lines);
    const w = window();
    // The inbox, the tracker or (for a receipt) the draft the window shows may have changed.
    w?.webContents.send(DATA_CHANGED_CHANNEL);
    if (w?.isMinimized()) w.restore();
    w?.focus();
    const options = { type: ok ? ('info' as const) : ('warning' as const), title: 'TongKet', message: title, detail, buttons: ['Đóng'] };
    await (w ? dialog.showMessageBox(w, options) : dialog.showMessageBox(options));
  }

  function drain(): void {
    running = running
      .then(importQueued)
      .catch((e: unknown) => dialog.showErrorBox('TongKet', `Không nhận được tệp: ${e instanceof Error ? e.message : String(e)}`));
  }

  return {
    open(paths) {
      if (paths.length === 0) return;
      queue.push(...paths);
      if (isReady) drain();
    },
    ready() {
      isReady = true;
      drain();
    },
  };
}

// Closing the window (or reloading it) while the renderer holds changes not yet stored: the renderer's
// beforeunload handler says so and starts sending them. Electron shows no question of its own for
// that; it would silently keep the window open. So the shell asks, as a browser does: leave anyway,
// or stay (the default, so that Enter never loses anything). Thin on purpose: what counts as "not
// stored" is the renderer's business (renderer/app/leave-guard.ts, tested in Chromium).
import { dialog, type BrowserWindow } from 'electron';

export function askBeforeLeaving(win: BrowserWindow): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      title: 'TongKet',
      message: 'Còn thay đổi chưa lưu được.',
      detail: 'Nếu đóng bây giờ, những gì chưa lưu sẽ mất. Chọn «Ở lại» để chờ lưu xong hoặc sửa ô được đánh dấu.',
      buttons: ['Ở lại', 'Vẫn đóng'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    // Preventing this event lets the unload go on, that is, the window closes.
    if (choice === 1) event.preventDefault();
  });
}

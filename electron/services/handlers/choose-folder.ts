// Every file the services write out goes to a folder the host chooses for that call (a dialog in the
// app, a fixed folder elsewhere), never to a path from the page. Cancelling the choice is a plain refusal.
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';

/** `what` names the files, in Vietnamese, for the dialog's title and the refusal: "tệp xuất", "biên nhận"… */
export async function chooseFolder(ctx: ServiceContext, what: string): Promise<string> {
  const folder = await ctx.host.chooseExportDir(what);
  if (!folder) throw new AppError('E_INPUT', `Chưa chọn thư mục lưu ${what}.`);
  return folder;
}

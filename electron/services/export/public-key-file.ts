// This unit's public key as a minisign `.pub` file in the host's export folder: the file the level
// above registers (after reading the fingerprint back over the phone), and that units below register
// to trust this office's receipts. Only the public half is written; the key is made on first use.
import { join } from 'node:path';
import type { PublicKeyFile } from '../../../shared/api/contract';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { writeFileAtomic } from '../fs/atomic-write';
import { requireProfile } from '../handlers/profile-handlers';
import { formatPublicKeyFile } from '../signing/minisign';

export async function writePublicKeyFile(ctx: ServiceContext, folder: string): Promise<PublicKeyFile> {
  const unit = requireProfile(ctx).unit.code;
  if (!ctx.keys.ownActive(unit)) {
    const protector = await ctx.host.secrets();
    if (!protector) {
      throw new AppError('E_KEY_LOCKED', 'Đơn vị chưa có khóa ký và máy này chưa mở được kho khóa để tạo khóa. Với bản chạy trên trình duyệt, hãy đặt mật khẩu trong biến TONGKET_PASSPHRASE.');
    }
    await ctx.keys.createOwn(unit, protector, ctx.clock().toISOString());
  }
  const own = ctx.keys.ownActive(unit);
  if (!own) throw new AppError('E_NO_KEY', `Đơn vị ${unit} chưa có khóa ký.`);
  const fileName = `${unit}.pub`;
  const path = join(folder, fileName);
  writeFileAtomic(path, Buffer.from(formatPublicKeyFile(own.publicKey, unit)));
  return { fileName, path, keyId: own.keyId, fingerprint: own.fingerprint };
}

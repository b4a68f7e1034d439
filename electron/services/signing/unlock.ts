// Opens this unit's signing key for one operation (export, receipt), creating it on first use when
// setup could not (a host without a protector at that time).
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import type { SecretKey } from './minisign';

export async function unlockOwnKey(ctx: ServiceContext, unitCode: string): Promise<SecretKey> {
  const protector = await ctx.host.secrets();
  if (!protector) {
    throw new AppError('E_KEY_LOCKED', 'Không mở được khóa ký trên máy này. Với dòng lệnh, hãy đặt mật khẩu trong biến TONGKET_PASSPHRASE.');
  }
  if (!ctx.keys.ownActive(unitCode)) await ctx.keys.createOwn(unitCode, protector, ctx.clock().toISOString());
  return ctx.keys.unlockOwn(unitCode, protector);
}

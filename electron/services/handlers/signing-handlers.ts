// The unit's own signing key on this computer: its state, moving it to a new computer (a backup with the
// key under a passphrase, then the passphrase typed once on the new computer), and a new key — when the
// old computer's key can no longer be opened, or when it may have leaked (a lost USB stick with a move
// file) — which the level above confirms by fingerprint before trusting it.
import { AppError } from '../../../shared/errors';
import { createMoveBackup } from '../backup/move-backup';
import type { ServiceContext } from '../context';
import { signingKeyInfo } from '../signing/key-state';
import { passphraseProtector } from '../signing/passphrase-protector';
import { chooseFolder } from './choose-folder';
import { requireProfile } from './profile-handlers';
import type { HandlerPart } from './types';

type SigningMethods = 'getSigningKey' | 'createMoveBackup' | 'adoptSigningKey' | 'replaceSigningKey' | 'announceNewKey';

async function hostProtector(ctx: ServiceContext) {
  const here = await ctx.host.secrets();
  if (!here) {
    throw new AppError('E_KEY_LOCKED', 'Máy này chưa có cách bảo vệ khóa ký (kho khóa của hệ điều hành, hoặc biến TONGKET_PASSPHRASE với bản chạy trên trình duyệt).');
  }
  return here;
}

async function currentKey(ctx: ServiceContext, unitCode: string) {
  const info = await signingKeyInfo(ctx, unitCode);
  if (!info) throw new AppError('E_NO_KEY', `Đơn vị ${unitCode} chưa có khóa ký; khóa được tạo khi xuất báo cáo lần đầu.`);
  return info;
}

export const signingHandlers = (ctx: ServiceContext): HandlerPart<SigningMethods> => ({
  getSigningKey: () => signingKeyInfo(ctx, requireProfile(ctx).unit.code),

  createMoveBackup: async ({ passphrase }) => {
    const unit = requireProfile(ctx).unit.code;
    return createMoveBackup(ctx, unit, await chooseFolder(ctx, 'bản chuyển máy (ví dụ ổ USB)'), passphrase);
  },

  adoptSigningKey: async ({ passphrase }) => {
    const unit = requireProfile(ctx).unit.code;
    const key = await currentKey(ctx, unit);
    if (key.state === 'ready') return key;
    // A wrong passphrase throws before anything is written: the key stays as it came.
    await ctx.keys.reprotectOwn(unit, passphraseProtector(passphrase), await hostProtector(ctx));
    return currentKey(ctx, unit);
  },

  // The page asks for confirmation first: packages signed with the new key wait at the level above
  // until a person there confirms its fingerprint.
  replaceSigningKey: async () => {
    const unit = requireProfile(ctx).unit.code;
    const key = await currentKey(ctx, unit);
    const here = await hostProtector(ctx);
    const now = ctx.clock().toISOString();
    // Revoked first: should making the new one fail, the next export makes one (never two active keys).
    ctx.keys.revoke(key.keyId, now);
    ctx.keys.dropNext(unit);
    await ctx.keys.createOwn(unit, here, now);
    return currentKey(ctx, unit);
  },

  // A planned replacement: the current key announces the next one in the next package (SPEC §6).
  announceNewKey: async () => {
    const unit = requireProfile(ctx).unit.code;
    const key = await currentKey(ctx, unit);
    if (key.state !== 'ready') {
      throw new AppError('E_KEY_LOCKED', 'Khóa ký hiện tại chưa dùng được trên máy này nên không báo trước được khóa mới; hãy dùng "Tạo khóa ký mới".');
    }
    await ctx.keys.createNext(unit, await hostProtector(ctx), ctx.clock().toISOString());
    return currentKey(ctx, unit);
  },
});

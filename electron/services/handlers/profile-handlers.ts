import type { Profile } from '../../../shared/api/contract';
import { CAMPAIGN_1563_ID } from '../../../shared/campaign/builtin/campaign-1563';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import type { HandlerPart } from './types';

export function readProfile(ctx: ServiceContext): Profile | null {
  const row = ctx.profiles.get();
  if (!row) return null;
  const unit = ctx.units.require(row.unitCode);
  const parent = unit.parentCode ? ctx.units.get(unit.parentCode) : null;
  return { ...row, unit, parent };
}

export function requireProfile(ctx: ServiceContext): Profile {
  const p = readProfile(ctx);
  if (!p) {
    throw new AppError('E_NOT_SETUP', 'Chưa thiết lập đơn vị báo cáo. Hãy chạy "tongket setup --unit MÃ_ĐƠN_VỊ" hoặc hoàn tất bước thiết lập ban đầu trong ứng dụng.');
  }
  return p;
}

export const profileHandlers = (ctx: ServiceContext): HandlerPart<'getProfile' | 'saveProfile'> => ({
  getProfile: () => readProfile(ctx),
  saveProfile: async (input) => {
    const unit = ctx.units.require(input.unitCode);
    // The signing key is made at setup when this host can protect it; otherwise at the first export.
    if (!ctx.keys.ownActive(unit.code)) {
      const protector = await ctx.host.secrets();
      if (protector) await ctx.keys.createOwn(unit.code, protector, ctx.clock().toISOString());
    }
    ctx.profiles.save(
      {
        unitCode: unit.code,
        signerName: input.signerName,
        signerTitle: input.signerTitle,
        authorityLine: input.authorityLine,
        documentNumber: input.documentNumber,
        documentSymbol: input.documentSymbol,
        place: input.place || unit.place,
        campaignId: ctx.profiles.get()?.campaignId ?? CAMPAIGN_1563_ID,
      },
      ctx.clock().toISOString(),
    );
    return requireProfile(ctx);
  },
});

import type { z } from 'zod';
import type { Profile, ProfileInputSchema } from '../../../shared/api/contract';
import { CAMPAIGN_1563_ID } from '../../../shared/campaign/builtin/campaign-1563';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import type { SealedKey } from '../signing/key-store';
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

/** A new signing key for the unit, protected by this host, when it has none and the host can protect one. */
export async function sealKeyFor(ctx: ServiceContext, unitCode: string): Promise<SealedKey | null> {
  // The signing key is made at setup when this host can protect it; otherwise at the first export.
  if (ctx.keys.ownActive(unitCode)) return null;
  const protector = await ctx.host.secrets();
  return protector ? ctx.keys.sealNewKey(protector) : null;
}

/** Saves the profile (and the sealed key, if any) synchronously, so that it can join a caller's transaction. */
export function storeProfile(ctx: ServiceContext, input: z.output<typeof ProfileInputSchema>, sealed: SealedKey | null): Profile {
  const unit = ctx.units.require(input.unitCode);
  const now = ctx.clock().toISOString();
  if (sealed && !ctx.keys.ownActive(unit.code)) ctx.keys.storeSealed(unit.code, sealed, now);
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
    now,
  );
  return requireProfile(ctx);
}

export const profileHandlers = (ctx: ServiceContext): HandlerPart<'getProfile' | 'saveProfile'> => ({
  getProfile: () => readProfile(ctx),
  saveProfile: async (input) => {
    ctx.units.require(input.unitCode);
    const sealed = await sealKeyFor(ctx, input.unitCode);
    return ctx.db.transaction(() => storeProfile(ctx, input, sealed))();
  },
});

import { AppError } from '../../../shared/errors';
import type { Unit } from '../../../shared/units/directory';
import type { ServiceContext } from '../context';
import { requireProfile } from '../handlers/profile-handlers';

/** The units that report to this one: its children in the directory. */
export const childUnits = (ctx: ServiceContext): Unit[] => {
  const code = requireProfile(ctx).unit.code;
  return ctx.units.list().filter((u) => u.parentCode === code);
};

/** A unit with children in the directory receives reports: it has the inbox, the tracker and the key registry. */
export const isReceiving = (ctx: ServiceContext): boolean => ctx.units.hasChildren(requireProfile(ctx).unit.code);

export function requireReceiving(ctx: ServiceContext): void {
  if (!isReceiving(ctx)) {
    const unit = requireProfile(ctx).unit;
    throw new AppError('E_NOT_RECEIVING', `${unit.shortName} không có đơn vị cấp dưới trong danh mục nên không nhận gói báo cáo. Gói của đơn vị cấp dưới được nhập tại cấp trên.`);
  }
}

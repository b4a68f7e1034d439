// The directory after July 2025 (SPEC §9): units are renamed or retired, never re-coded. A retired
// unit keeps its reports and its name; it is only no longer expected in new campaigns.
import type { DirectoryEntry } from '../../../shared/api/desk-types';
import { AppError } from '../../../shared/errors';
import type { Unit } from '../../../shared/units/directory';
import type { ServiceContext } from '../context';
import { readProfile } from '../handlers/profile-handlers';

export function listDirectory(ctx: ServiceContext): DirectoryEntry[] {
  const retired = ctx.units.retired();
  return ctx.units.list().map((u) => ({ ...u, retiredAt: retired.get(u.code) ?? null }));
}

const entry = (ctx: ServiceContext, u: Unit): DirectoryEntry => ({ ...u, retiredAt: ctx.units.retired().get(u.code) ?? null });

export interface Rename {
  code: string;
  name: string;
  shortName?: string | undefined;
  place?: string | undefined;
}

/** A new name (and short name, place); the code, level and parent stay. Returns the unit and a sentence. */
export function renameUnit(ctx: ServiceContext, r: Rename): { unit: DirectoryEntry; message: string } {
  const here = ctx.units.require(r.code);
  const next: Unit = { ...here, name: r.name, shortName: r.shortName ?? here.shortName, place: r.place ?? here.place };
  const parts: string[] = [];
  if (here.name !== next.name) parts.push(`tên «${here.name}» → «${next.name}»`);
  if (here.shortName !== next.shortName) parts.push(`tên ngắn «${here.shortName}» → «${next.shortName}»`);
  if (here.place !== next.place) parts.push(`địa danh «${here.place}» → «${next.place}»`);
  if (parts.length === 0) return { unit: entry(ctx, here), message: `${r.code}: không có gì thay đổi.` };
  ctx.units.update(next, ctx.clock().toISOString());
  return { unit: entry(ctx, next), message: `Đã đổi ${r.code}: ${parts.join(', ')}. Mã đơn vị giữ nguyên.` };
}

/** Retired: kept with its history, no longer expected in new campaigns. This install's own unit cannot be. */
export function retireUnit(ctx: ServiceContext, code: string): { unit: DirectoryEntry; message: string } {
  const unit = ctx.units.require(code);
  const own = readProfile(ctx)?.unit.code;
  if (own === code) throw new AppError('E_UNIT_SELF', `${code} là đơn vị của chính máy này; không thể thôi hoạt động đơn vị mình.`);
  if (ctx.units.isRetired(code)) return { unit: entry(ctx, unit), message: `${code} đã thôi hoạt động từ trước; không có gì thay đổi.` };
  ctx.units.retire(code, ctx.clock().toISOString());
  return {
    unit: entry(ctx, unit),
    message: `Đã cho ${code} «${unit.name}» thôi hoạt động. Các báo cáo cũ của đơn vị vẫn được giữ và xem được; đợt báo cáo mới không giao cho đơn vị này.`,
  };
}

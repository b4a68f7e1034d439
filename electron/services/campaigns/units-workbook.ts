// `tongket units import|export` (SPEC §9): the directory as a workbook. Import adds new units and
// updates names, short names and places of existing ones — never a code or a parent — and says each change.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import { directoryToRows, readDirectoryRows } from '../../../shared/units/directory-workbook';
import type { Unit } from '../../../shared/units/directory';
import type { ServiceContext } from '../context';
import { writeFileAtomic } from '../fs/atomic-write';
import { readWorkbookRows, writeWorkbookRows } from './workbook-file';

export interface DirectoryChange {
  code: string;
  kind: 'added' | 'renamed' | 'unchanged-parent';
  message: string;
}

export async function exportDirectoryWorkbook(ctx: ServiceContext, path: string): Promise<number> {
  const units = ctx.units.list();
  writeFileAtomic(path, await writeWorkbookRows(directoryToRows(units)));
  return units.length;
}

export async function importDirectoryWorkbook(ctx: ServiceContext, path: string): Promise<DirectoryChange[]> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new AppError('E_WORKBOOK', `Không mở được tệp ${path}: ${(e as NodeJS.ErrnoException).code ?? ''}. Hãy kiểm tra đường dẫn.`);
  }
  return importDirectoryWorkbookBytes(ctx, bytes, basename(path));
}

/** The same import from bytes (a workbook chosen on the directory page). */
export async function importDirectoryWorkbookBytes(ctx: ServiceContext, bytes: Buffer, name: string): Promise<DirectoryChange[]> {
  const read = await readWorkbookRows(bytes, name);
  const dir = readDirectoryRows(read.sheets);
  const problems = [...read.problems, ...(dir.ok ? [] : dir.problems)];
  if (problems.length || !dir.ok) {
    const lines = problems.map((p) => `${p.sheet}${p.row !== null ? `, dòng ${p.row}` : ''}${p.column !== null ? `, cột «${p.column}»` : ''}: ${p.message}`);
    throw new AppError('E_WORKBOOK', `Sổ tính danh mục có ${lines.length} lỗi; danh mục chưa thay đổi. ${lines.join(' ')}`, { problems: lines });
  }
  const now = ctx.clock().toISOString();
  // New units whose parent is another new unit come after it: added parents first.
  const pending = [...dir.units];
  return ctx.db.transaction((): DirectoryChange[] => {
    const changes: DirectoryChange[] = [];
    for (const u of pending) {
      const here = ctx.units.get(u.code);
      if (!here) continue;
      const renamed = here.name !== u.name || here.shortName !== u.shortName || here.place !== u.place;
      if (renamed) {
        ctx.units.update({ ...here, name: u.name, shortName: u.shortName, place: u.place }, now);
        changes.push({ code: u.code, kind: 'renamed', message: `Sửa ${u.code}: ${describeRename(here, u)}.` });
      }
      if (here.parentCode !== u.parentCode || here.levelId !== u.levelId) {
        changes.push({ code: u.code, kind: 'unchanged-parent', message: `Không đổi cấp trên hoặc cấp của ${u.code} (ở đây ${here.parentCode ?? '—'} / ${here.levelId}, sổ tính ghi ${u.parentCode ?? '—'} / ${u.levelId}).` });
      }
    }
    let added = pending.filter((u) => !ctx.units.get(u.code));
    while (added.length) {
      const ready = added.filter((u) => u.parentCode === null || ctx.units.get(u.parentCode));
      if (ready.length === 0) {
        throw new AppError('E_UNIT_UNKNOWN', `Đơn vị ${added.map((u) => `${u.code} (cấp trên ${u.parentCode})`).join(', ')} có cấp trên không có trong danh mục lẫn sổ tính. Danh mục chưa thay đổi.`);
      }
      for (const u of ready) {
        ctx.units.add(u, now);
        changes.push({ code: u.code, kind: 'added', message: `Thêm ${u.code} «${u.name}» thuộc ${u.parentCode ?? '(không có cấp trên)'}.` });
      }
      added = added.filter((u) => !ready.includes(u));
    }
    return changes;
  })();
}

function describeRename(a: Unit, b: Unit): string {
  const parts: string[] = [];
  if (a.name !== b.name) parts.push(`tên «${a.name}» → «${b.name}»`);
  if (a.shortName !== b.shortName) parts.push(`tên ngắn «${a.shortName}» → «${b.shortName}»`);
  if (a.place !== b.place) parts.push(`địa danh «${a.place}» → «${b.place}»`);
  return parts.join(', ');
}

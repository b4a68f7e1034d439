import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { deskMethods } from '../../../shared/api/desk-contract';
import { UNIT_CODE } from '../../../shared/units/directory';
import { renameUnit, retireUnit } from '../../services/campaigns/units-directory';
import { exportDirectoryWorkbook, importDirectoryWorkbook } from '../../services/campaigns/units-workbook';
import { oneLineSafe, type CliIo } from '../io';
import type { GlobalOptions } from '../options';
import { withServices } from '../session';

interface AddOptions {
  code: string;
  name: string;
  shortName?: string;
  level: string;
  parent?: string;
  place: string;
}

// The same schema as the window's call: a name from the command line is checked like one typed on the page.
const RenameInput = deskMethods.renameUnit.input;

function parsed<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const r = schema.safeParse(input);
  if (!r.success) throw new AppError('E_INPUT', `Dữ liệu không hợp lệ: ${r.error.issues.map((i) => `${i.path.join('.') || 'mã'}: ${i.message}`).join('; ')}.`);
  return r.data;
}

export function registerUnits(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  const units = program.command('units').description('danh mục đơn vị');

  const list = async () => {
    const g = globals();
    await withServices(io, g, async ({ api }) => {
      const [levels, all] = await Promise.all([api.listLevels({}), api.listDirectory({})]);
      // A retired unit is marked `retired: true` (with the time); units in service are as before.
      const units = all.map(({ retiredAt, ...u }) => (retiredAt === null ? u : { ...u, retired: true, retiredAt }));
      if (g.json) return io.out(JSON.stringify({ levels, units }, null, 2));
      const levelName = new Map(levels.map((l) => [l.id, l.name]));
      for (const u of all) {
        io.out(`${u.code.padEnd(16)} ${u.shortName.padEnd(28)} ${levelName.get(u.levelId) ?? u.levelId}${u.parentCode ? ` — thuộc ${u.parentCode}` : ''}${u.retiredAt ? ' (đã thôi hoạt động)' : ''}`);
      }
    }, { create: true, readOnly: true });
  };

  units.command('list', { isDefault: true }).description('liệt kê các đơn vị').action(list);

  units
    .command('import')
    .description('nạp danh mục từ sổ tính (trang «Đơn vị»): thêm đơn vị mới, sửa tên, tên ngắn, địa danh')
    .argument('<TỆP.xlsx>', 'sổ tính danh mục')
    .action(async (file: string) => {
      const g = globals();
      await withServices(io, g, async ({ ctx }) => {
        const changes = await importDirectoryWorkbook(ctx, resolve(io.cwd, file));
        if (g.json) return io.out(JSON.stringify(changes, null, 2));
        for (const c of changes) io.out(oneLineSafe(c.message));
        io.out(changes.length ? `Xong: ${changes.filter((c) => c.kind !== 'unchanged-parent').length} thay đổi.` : 'Danh mục không có gì thay đổi.');
      }, { create: true });
    });

  units
    .command('export')
    .description('xuất danh mục ra sổ tính (trang «Đơn vị», sáu cột)')
    .requiredOption('--out <TỆP.xlsx>', 'tệp sổ tính sẽ ghi')
    .action(async (o: { out: string }) => {
      const g = globals();
      const out = resolve(io.cwd, o.out);
      await withServices(io, g, async ({ ctx }) => {
        const n = await exportDirectoryWorkbook(ctx, out);
        if (g.json) return io.out(JSON.stringify({ ok: true, file: out, units: n }, null, 2));
        io.out(`Đã ghi ${n} đơn vị vào ${out}.`);
      }, { create: true, readOnly: true });
    });

  units
    .command('rename')
    .description('đổi tên một đơn vị (mã không bao giờ đổi)')
    .argument('<MÃ>', 'mã đơn vị')
    .requiredOption('--name <TÊN>', 'tên đầy đủ mới')
    .option('--short-name <TÊN_NGẮN>', 'tên ngắn mới')
    .option('--place <ĐỊA_DANH>', 'địa danh mới')
    .action(async (code: string, o: { name: string; shortName?: string; place?: string }) => {
      const g = globals();
      await withServices(io, g, async ({ ctx }) => {
        const r = renameUnit(ctx, parsed(RenameInput, { code, name: o.name, shortName: o.shortName, place: o.place }));
        if (g.json) return io.out(JSON.stringify(r.unit, null, 2));
        io.out(oneLineSafe(r.message));
      }, { create: true });
    });

  units
    .command('retire')
    .description('cho một đơn vị thôi hoạt động: giữ lịch sử, không giao đợt báo cáo mới')
    .argument('<MÃ>', 'mã đơn vị')
    .action(async (code: string) => {
      const g = globals();
      await withServices(io, g, async ({ ctx }) => {
        const r = retireUnit(ctx, parsed(UNIT_CODE, code));
        if (g.json) return io.out(JSON.stringify(r.unit, null, 2));
        io.out(oneLineSafe(r.message));
      }, { create: true });
    });

  units
    .command('add')
    .description('thêm một đơn vị vào danh mục')
    .requiredOption('--code <MÃ>', 'mã ASCII ổn định, ví dụ CDN-XAYDUNG')
    .requiredOption('--name <TÊN>', 'tên đầy đủ, ví dụ "Công đoàn ngành Xây dựng tỉnh Lai Châu"')
    .option('--short-name <TÊN_NGẮN>', 'tên viết tắt (mặc định bằng tên đầy đủ)')
    .requiredOption('--level <CẤP>', 'mã cấp, ví dụ cd-cap-tren (xem "units list --json")')
    .option('--parent <MÃ_CẤP_TRÊN>', 'mã đơn vị cấp trên')
    .requiredOption('--place <ĐỊA_DANH>', 'địa danh ghi ở dòng ngày tháng')
    .action(async (o: AddOptions) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const unit = await api.addUnit({
          code: o.code,
          name: o.name,
          shortName: o.shortName ?? o.name,
          levelId: o.level,
          parentCode: o.parent ?? null,
          place: o.place,
        });
        if (g.json) return io.out(JSON.stringify(unit, null, 2));
        io.out(`Đã thêm đơn vị ${unit.name} (${unit.code}).`);
      }, { create: true });
    });
}

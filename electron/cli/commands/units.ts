import { resolve } from 'node:path';
import type { Command } from 'commander';
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

export function registerUnits(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  const units = program.command('units').description('danh mục đơn vị');

  const list = async () => {
    const g = globals();
    await withServices(io, g, async ({ api }) => {
      const [levels, all] = await Promise.all([api.listLevels({}), api.listUnits({})]);
      if (g.json) return io.out(JSON.stringify({ levels, units: all }, null, 2));
      const levelName = new Map(levels.map((l) => [l.id, l.name]));
      for (const u of all) {
        io.out(`${u.code.padEnd(16)} ${u.shortName.padEnd(28)} ${levelName.get(u.levelId) ?? u.levelId}${u.parentCode ? ` — thuộc ${u.parentCode}` : ''}`);
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

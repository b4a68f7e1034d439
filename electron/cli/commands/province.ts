import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Basis } from '../../../shared/aggregate/types';
import { AppError } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format/vi';
import { describeAggregate, describeCompilation } from '../describe-province';
import type { CliIo } from '../io';
import type { GlobalOptions } from '../options';
import { withServices } from '../session';

const basisOf = (o: { received?: boolean }): Basis => (o.received ? 'received' : 'accepted');
const RECEIVED = ['--received', 'tính bản mới nhận của mỗi đơn vị (mặc định: bản đã được chấp nhận)'] as const;

export function registerProvince(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  const province = program.command('province').description('ở cấp tỉnh: tổng hợp số liệu, tổng hợp nội dung, báo cáo của tỉnh và gói gửi cấp trên; khảo sát, báo cáo tham luận, khen thưởng');

  province
    .command('aggregate')
    .description('số liệu tổng hợp từ các đơn vị: tổng, tỷ lệ tính lại từ tổng, đơn vị chưa tính và lý do, số liệu cần xem lại')
    .option(...RECEIVED)
    .action(async (o: { received?: boolean }) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const agg = await api.getAggregate({ basis: basisOf(o) });
        if (g.json) return io.out(JSON.stringify(agg, null, 2));
        io.out(describeAggregate((await api.getCampaign({})).template, agg).join('\n'));
      }, { readOnly: true });
    });

  province
    .command('fill')
    .description('điền số liệu tổng hợp vào báo cáo của tỉnh; số đã gõ tay được giữ nguyên (trừ khi --overwrite)')
    .option(...RECEIVED)
    .option('--overwrite', 'ghi đè cả số đã gõ tay')
    .action(async (o: { received?: boolean; overwrite?: boolean }) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const r = await api.fillProvinceDraft({ basis: basisOf(o), overwrite: o.overwrite ?? false });
        if (g.json) return io.out(JSON.stringify({ ...r, draft: undefined, validation: r.draft.validation }, null, 2));
        io.out(`Đã điền ${r.changed} ô từ số liệu tổng hợp (${r.unchanged} ô đã đúng).`);
        for (const k of r.kept) io.out(`  Giữ số đã gõ: ${k.label}: ${String(k.typed)} (tổng hợp: ${k.total === null ? 'không có' : formatNumber(k.total)})`);
        for (const x of r.refused) io.out(`  Không điền ${x.key}: ${x.message}`);
      });
    });

  province
    .command('compile')
    .description('nội dung của các đơn vị theo từng mục, cạnh nhau, kèm nguồn (đơn vị, lần gửi, mã băm)')
    .option(...RECEIVED)
    .option('--section <SỐ>', 'chỉ một mục (1–10)')
    .action(async (o: { received?: boolean; section?: string }) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const all = await api.getCompilation({ basis: basisOf(o) });
        const sections = o.section ? all.filter((s) => String(s.number) === o.section) : all;
        if (o.section && sections.length === 0) throw new AppError('E_INPUT', `Không có mục ${o.section}; các mục đánh số từ 1 đến ${all.length}.`);
        if (g.json) return io.out(JSON.stringify(sections, null, 2));
        io.out(describeCompilation(sections).join('\n'));
      }, { readOnly: true });
    });

  province
    .command('insert')
    .description('chèn đoạn của một đơn vị vào báo cáo của tỉnh (ghi nhớ nguồn: đơn vị, lần gửi, mã băm)')
    .requiredOption('--field <MÃ_Ô>', 'ô nhận đoạn trích, ví dụ s4.narrative')
    .requiredOption('--unit <MÃ_ĐƠN_VỊ>', 'đơn vị có đoạn cần trích')
    .option('--manifest <SHA256>', 'mã băm bản kê của đúng gói cần trích (mặc định: gói đang được tổng hợp của đơn vị)')
    .option(...RECEIVED)
    .action(async (o: { field: string; unit: string; manifest?: string; received?: boolean }) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        let manifest = o.manifest;
        if (!manifest) {
          const u = (await api.getAggregate({ basis: basisOf(o) })).units.find((x) => x.unitCode === o.unit);
          if (!u?.source) throw new AppError('E_INPUT', `Chưa có gói nào của ${o.unit} được chọn để tổng hợp; hãy ghi rõ --manifest.`);
          manifest = u.source.manifestSha256;
        }
        const r = await api.insertPassage({ fieldKey: o.field, unitCode: o.unit, manifestSha256: manifest });
        if (g.json) return io.out(JSON.stringify({ ...r, draft: undefined }, null, 2));
        io.out(`Đã chèn đoạn «${r.key}» của ${r.unitCode} (lần ${r.revision}, mã băm ${r.manifestSha256}) vào báo cáo của tỉnh.`);
      });
    });

  province
    .command('report')
    .description('báo cáo của tỉnh (DOCX), phụ lục tổng hợp (XLSX) và gói .tongket đã ký gửi cấp trên; lần gửi được khóa lại')
    .requiredOption('--out <THƯ_MỤC>', 'thư mục ghi tệp')
    .option(...RECEIVED)
    .option('--preview', 'chỉ ghi bản xem trước DOCX và XLSX, không ký, không khóa')
    .action(async (o: { out: string; received?: boolean; preview?: boolean }) => {
      const g = globals();
      const out = resolve(io.cwd, o.out);
      mkdirSync(out, { recursive: true });
      await withServices(io, g, async ({ api }) => {
        if (o.preview) {
          const p = await api.previewProvinceReport({ basis: basisOf(o) });
          if (g.json) return io.out(JSON.stringify(p, null, 2));
          io.out(`Bản xem trước (${p.unitsCounted}/${p.unitsExpected} đơn vị được tính) trong ${p.folder}:`);
          for (const f of p.files) io.out(`  ${f.name}  (${formatNumber(Math.ceil(f.size / 1024))} KB)`);
          return;
        }
        const r = await api.exportProvinceReport({ basis: basisOf(o) });
        if (g.json) return io.out(JSON.stringify(r, null, 2));
        io.out(`${r.repeated ? 'Đã ghi lại' : 'Đã xuất'} báo cáo của tỉnh, lần gửi ${r.revision}, từ ${r.unitsCounted}/${r.unitsExpected} đơn vị, vào ${r.folder}:`);
        for (const f of r.files) io.out(`  ${f.name}  (${formatNumber(Math.ceil(f.size / 1024))} KB)`);
        if (r.filled) io.out(`Đã điền ${r.filled} ô từ số liệu tổng hợp trước khi xuất.`);
        for (const k of r.kept) io.out(`  Giữ số đã gõ: ${k.label}: ${String(k.typed)} (tổng hợp: ${k.total === null ? 'không có' : formatNumber(k.total)})`);
        io.out(`Gói được lập từ ${r.sources.length} gói của đơn vị (liệt kê trong data/sources.json, đã ký).`);
        if (r.stale) io.out('Lưu ý: số liệu tổng hợp nay đã khác lúc xuất lần này; hãy mở lần sửa đổi mới ("tongket draft revise") để gửi số liệu mới.');
        io.out(`Khóa ký ${r.keyId}, dấu vân tay ${r.fingerprint}`);
        io.out(`Mã băm bản kê (SHA-256): ${r.manifestSha256}`);
        io.out(`\nTiêu đề e-mail: ${r.emailSubject}\n\n${r.emailBody}`);
      }, { exportDir: out });
    });
}

// `tongket province survey|speakers|commendations`: the rest of the province's plan (Plan 447 §IV.1)
// from the command line — survey visits and the survey report, the conference speakers, and the
// compiled commendation proposals — over the same services as the window. `--json` on every listing.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Basis } from '../../../shared/aggregate/types';
import { AppError } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format/vi';
import type { PlanDocResult } from '../../../shared/plan/types';
import { describeCommendations, describeSpeakers, describeVisits } from '../describe-plan';
import type { CliIo } from '../io';
import type { GlobalOptions } from '../options';
import { withServices } from '../session';

const basisOf = (o: { received?: boolean }): Basis => (o.received ? 'received' : 'accepted');
const RECEIVED = ['--received', 'tính bản mới nhận của mỗi đơn vị (mặc định: bản đã được chấp nhận)'] as const;
const collect = (v: string, all: string[]): string[] => [...all, v];

function positiveId(text: string, what: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new AppError('E_INPUT', `${what} phải là số nguyên dương (số thứ tự in trong danh sách), không phải «${text}».`);
  return n;
}

function printFiles(io: CliIo, json: boolean, r: PlanDocResult, what: string): void {
  if (json) return io.out(JSON.stringify(r, null, 2));
  io.out(`Đã ghi ${what} vào ${r.folder}:`);
  for (const f of r.files) io.out(`  ${f.name}  (${formatNumber(Math.ceil(f.size / 1024))} KB)`);
}

function outDir(io: CliIo, out: string): string {
  const dir = resolve(io.cwd, out);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function registerSurvey(province: Command, io: CliIo, globals: () => GlobalOptions): void {
  const survey = province.command('survey').description('khảo sát tại đơn vị: lịch, đoàn, kết quả theo đơn vị, trích vào báo cáo của tỉnh, "Báo cáo kết quả khảo sát" (DOCX)');

  survey
    .command('list', { isDefault: true })
    .description('các chuyến khảo sát và kết quả đã ghi')
    .action(async () => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const visits = await api.listSurveyVisits({});
        io.out(g.json ? JSON.stringify(visits, null, 2) : describeVisits(visits).join('\n'));
      }, { readOnly: true });
    });

  const visitOptions = (c: Command) =>
    c
      .requiredOption('--unit <MÃ_ĐƠN_VỊ>', 'đơn vị được khảo sát')
      .requiredOption('--from <NGÀY>', 'ngày bắt đầu (dd/mm/yyyy)')
      .option('--to <NGÀY>', 'ngày kết thúc (mặc định: như ngày bắt đầu)')
      .option('--team <NGƯỜI>', 'một thành viên đoàn (lặp lại cho mỗi người)', collect, [] as string[])
      .option('--note <NỘI_DUNG>', 'ghi chú (mục đích, nội dung khảo sát)');
  type VisitOpts = { unit: string; from: string; to?: string; team: string[]; note?: string };
  const visitInput = (o: VisitOpts) => ({ unitCode: o.unit, dateFrom: o.from, dateTo: o.to ?? o.from, team: o.team, note: o.note ?? '' });

  visitOptions(survey.command('add').description('lên lịch một chuyến khảo sát')).action(async (o: VisitOpts) => {
    const g = globals();
    await withServices(io, g, async ({ api }) => {
      const v = await api.saveSurveyVisit(visitInput(o));
      io.out(g.json ? JSON.stringify(v, null, 2) : `Đã lên lịch khảo sát số ${v.id}: ${v.unitName}, ${describeVisits([v])[0]?.replace(/^#\d+ /, '') ?? ''}`);
    });
  });

  visitOptions(survey.command('edit').argument('<SỐ>', 'số của chuyến khảo sát').description('sửa một chuyến khảo sát')).action(async (id: string, o: VisitOpts) => {
    const g = globals();
    await withServices(io, g, async ({ api }) => {
      const v = await api.saveSurveyVisit({ id: positiveId(id, 'Số chuyến khảo sát'), ...visitInput(o) });
      io.out(g.json ? JSON.stringify(v, null, 2) : `Đã sửa chuyến khảo sát số ${v.id} (${v.unitName}).`);
    });
  });

  survey
    .command('remove')
    .argument('<SỐ>', 'số của chuyến khảo sát')
    .description('xóa một chuyến khảo sát cùng các kết quả đã ghi của nó')
    .action(async (id: string) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const r = await api.deleteSurveyVisit({ id: positiveId(id, 'Số chuyến khảo sát') });
        io.out(g.json ? JSON.stringify(r) : `Đã xóa chuyến khảo sát số ${r.deleted}.`);
      });
    });

  survey
    .command('finding')
    .argument('<SỐ_CHUYẾN>', 'số của chuyến khảo sát')
    .description('ghi (hoặc sửa, với --id) một kết quả khảo sát tại đơn vị, gắn với một ô của báo cáo nếu có')
    .requiredOption('--text <NỘI_DUNG>', 'nội dung phát hiện')
    .option('--field <MÃ_Ô>', 'ô của báo cáo mà kết quả nói đến, ví dụ s5.narrative')
    .option('--id <SỐ>', 'số của kết quả cần sửa')
    .action(async (visit: string, o: { text: string; field?: string; id?: string }) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const v = await api.saveSurveyFinding({
          visitId: positiveId(visit, 'Số chuyến khảo sát'),
          ...(o.id ? { id: positiveId(o.id, 'Số kết quả') } : {}),
          fieldKey: o.field ?? null,
          text: o.text,
        });
        const f = o.id ? v.findings.find((x) => x.id === Number(o.id)) : v.findings[v.findings.length - 1];
        io.out(g.json ? JSON.stringify(v, null, 2) : `Đã ghi kết quả số ${f?.id ?? ''} của chuyến khảo sát số ${v.id} (${v.unitName}).`);
      });
    });

  survey
    .command('quote')
    .argument('<SỐ_KẾT_QUẢ>', 'số của kết quả khảo sát')
    .description('trích một kết quả khảo sát vào báo cáo của tỉnh (ghi nhớ nguồn: chuyến, kết quả)')
    .requiredOption('--field <MÃ_Ô>', 'phần viết nhận đoạn trích, ví dụ s8.strengths')
    .action(async (finding: string, o: { field: string }) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const r = await api.quoteSurveyFinding({ findingId: positiveId(finding, 'Số kết quả'), fieldKey: o.field });
        io.out(g.json ? JSON.stringify({ ...r, draft: undefined }, null, 2) : `Đã trích kết quả khảo sát vào ô «${r.key}» của báo cáo của tỉnh (nguồn ${r.source}).`);
      });
    });

  survey
    .command('report')
    .description('"Báo cáo kết quả khảo sát" (DOCX) theo thể thức văn bản hành chính')
    .requiredOption('--out <THƯ_MỤC>', 'thư mục ghi tệp')
    .action(async (o: { out: string }) => {
      const g = globals();
      const out = outDir(io, o.out);
      await withServices(io, g, async ({ api }) => printFiles(io, g.json ?? false, await api.exportSurveyReport({}), 'báo cáo kết quả khảo sát'), { exportDir: out });
    });
}

function registerSpeakers(province: Command, io: CliIo, globals: () => GlobalOptions): void {
  const speakers = province.command('speakers').description('lựa chọn đơn vị thực hiện tốt Chương trình báo cáo tham luận: xếp hạng theo tiêu chí, chọn kèm lý do, danh sách (DOCX)');

  speakers
    .command('list', { isDefault: true })
    .description('các đơn vị được tính, xếp hạng theo tiêu chí đã chọn; đơn vị được chọn và lý do')
    .option(...RECEIVED)
    .action(async (o: { received?: boolean }) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const v = await api.getSpeakers({ basis: basisOf(o) });
        io.out(g.json ? JSON.stringify(v, null, 2) : describeSpeakers(v).join('\n'));
      }, { readOnly: true });
    });

  speakers
    .command('criteria')
    .argument('[TIÊU_CHÍ...]', 'mã tiêu chí theo thứ tự ưu tiên (bỏ trống: xem các tiêu chí có thể chọn)')
    .description('chọn tiêu chí xếp hạng (tỷ lệ tính từ số liệu của từng đơn vị, không lấy trung bình)')
    .option(...RECEIVED)
    .action(async (ids: string[], o: { received?: boolean }) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const basis = basisOf(o);
        const v = ids.length ? await api.setSpeakerCriteria({ basis, criteria: ids }) : await api.getSpeakers({ basis });
        if (g.json) return io.out(JSON.stringify(ids.length ? v : v.available, null, 2));
        if (ids.length) return io.out(describeSpeakers(v).join('\n'));
        for (const c of v.available) io.out(`  ${c.id.padEnd(28)} ${c.label}${c.kind === 'sum' ? ` (${c.unit})` : ''}`);
      });
    });

  speakers
    .command('choose')
    .argument('<MÃ_ĐƠN_VỊ>', 'đơn vị được chọn')
    .requiredOption('--reason <LÝ_DO>', 'lý do lựa chọn')
    .option(...RECEIVED)
    .description('chọn một đơn vị báo cáo tham luận, kèm lý do')
    .action(async (unit: string, o: { reason: string; received?: boolean }) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const v = await api.chooseSpeaker({ basis: basisOf(o), unitCode: unit, reason: o.reason });
        io.out(g.json ? JSON.stringify(v, null, 2) : `Đã chọn ${unit} báo cáo tham luận.`);
      });
    });

  speakers
    .command('drop')
    .argument('<MÃ_ĐƠN_VỊ>', 'đơn vị bỏ chọn')
    .option(...RECEIVED)
    .description('bỏ chọn một đơn vị')
    .action(async (unit: string, o: { received?: boolean }) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const v = await api.unchooseSpeaker({ basis: basisOf(o), unitCode: unit });
        io.out(g.json ? JSON.stringify(v, null, 2) : `Đã bỏ chọn ${unit}.`);
      });
    });

  speakers
    .command('quote')
    .requiredOption('--field <MÃ_Ô>', 'phần viết của báo cáo của tỉnh nhận danh sách')
    .option(...RECEIVED)
    .description('đưa danh sách đơn vị báo cáo tham luận vào báo cáo của tỉnh')
    .action(async (o: { field: string; received?: boolean }) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const r = await api.quoteSpeakers({ basis: basisOf(o), fieldKey: o.field });
        io.out(g.json ? JSON.stringify({ ...r, draft: undefined }, null, 2) : `Đã đưa danh sách vào ô «${r.key}» của báo cáo của tỉnh.`);
      });
    });

  speakers
    .command('document')
    .requiredOption('--out <THƯ_MỤC>', 'thư mục ghi tệp')
    .option(...RECEIVED)
    .description('danh sách đơn vị báo cáo tham luận (DOCX)')
    .action(async (o: { out: string; received?: boolean }) => {
      const g = globals();
      const out = outDir(io, o.out);
      await withServices(io, g, async ({ api }) => printFiles(io, g.json ?? false, await api.exportSpeakers({ basis: basisOf(o) }), 'danh sách báo cáo tham luận'), { exportDir: out });
    });
}

function registerCommendations(province: Command, io: CliIo, globals: () => GlobalOptions): void {
  const comm = province.command('commendations').description('đề nghị khen thưởng của các đơn vị (mục 10) tổng hợp thành một bảng, tỉnh sửa (giữ bản gốc), xuất XLSX và DOCX');
  type RowOpts = { name?: string; position?: string; unit?: string; achievement?: string };
  const rowOptions = (c: Command) =>
    c
      .option('--name <HỌ_TÊN>', 'họ và tên')
      .option('--position <CHỨC_VỤ>', 'chức vụ')
      .option('--unit <ĐƠN_VỊ>', 'đơn vị công tác')
      .option('--achievement <THÀNH_TÍCH>', 'thành tích');

  comm
    .command('list', { isDefault: true })
    .description('bảng tổng hợp: họ tên, chức vụ, đơn vị, thành tích, đơn vị đề nghị; bản sửa cạnh bản gốc')
    .option(...RECEIVED)
    .action(async (o: { received?: boolean }) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const v = await api.getCommendations({ basis: basisOf(o) });
        io.out(g.json ? JSON.stringify(v, null, 2) : describeCommendations(v).join('\n'));
      }, { readOnly: true });
    });

  rowOptions(comm.command('edit').argument('<MÃ>', 'mã của dòng (in trong danh sách)'))
    .option('--exclude', 'bỏ dòng này khỏi bảng (giữ lại, có thể lấy lại bằng --include)')
    .option('--include', 'lấy lại dòng đã bỏ')
    .option(...RECEIVED)
    .description('sửa một đề nghị (chỉ các trường ghi ra được thay; bản gốc của đơn vị được giữ)')
    .action(async (key: string, o: RowOpts & { exclude?: boolean; include?: boolean; received?: boolean }) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const basis = basisOf(o);
        const row = (await api.getCommendations({ basis })).rows.find((r) => r.key === key);
        if (!row) throw new AppError('E_COMMENDATION_UNKNOWN', `Không có đề nghị khen thưởng «${key}» trong bảng tổng hợp; xem mã bằng "tongket province commendations".`);
        const v = await api.editCommendation({
          basis,
          key,
          row: { name: o.name ?? row.name, position: o.position ?? row.position, unit: o.unit ?? row.unit, achievement: o.achievement ?? row.achievement },
          excluded: o.exclude ? true : o.include ? false : row.excluded,
        });
        io.out(g.json ? JSON.stringify(v, null, 2) : `Đã lưu bản sửa của đề nghị «${key}».`);
      });
    });

  rowOptions(comm.command('add'))
    .option(...RECEIVED)
    .description('thêm một đề nghị của chính tỉnh')
    .action(async (o: RowOpts & { received?: boolean }) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const v = await api.addCommendation({ basis: basisOf(o), row: { name: o.name ?? '', position: o.position ?? '', unit: o.unit ?? '', achievement: o.achievement ?? '' } });
        io.out(g.json ? JSON.stringify(v, null, 2) : `Đã thêm đề nghị khen thưởng cho ${o.name ?? ''}.`);
      });
    });

  comm
    .command('reset')
    .argument('<MÃ>', 'mã của dòng')
    .option(...RECEIVED)
    .description('trả một đề nghị về bản gốc của đơn vị (dòng tỉnh tự thêm thì bị xóa)')
    .action(async (key: string, o: { received?: boolean }) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const v = await api.resetCommendation({ basis: basisOf(o), key });
        io.out(g.json ? JSON.stringify(v, null, 2) : `Đã trả đề nghị «${key}» về bản gốc.`);
      });
    });

  comm
    .command('export')
    .requiredOption('--out <THƯ_MỤC>', 'thư mục ghi tệp')
    .option(...RECEIVED)
    .description('danh sách đề nghị khen thưởng: DOCX và XLSX')
    .action(async (o: { out: string; received?: boolean }) => {
      const g = globals();
      const out = outDir(io, o.out);
      await withServices(io, g, async ({ api }) => printFiles(io, g.json ?? false, await api.exportCommendations({ basis: basisOf(o) }), 'danh sách đề nghị khen thưởng'), { exportDir: out });
    });
}

/** Adds the plan's commands under `tongket province` (registered by registerProvince). */
export function registerProvincePlan(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  const province = program.commands.find((c) => c.name() === 'province');
  if (!province) throw new Error('registerProvince must run first');
  registerSurvey(province, io, globals);
  registerSpeakers(province, io, globals);
  registerCommendations(province, io, globals);
}

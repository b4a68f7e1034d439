// The province's campaign desk (SPEC §9, issue 15): start a campaign from a copy of any campaign or from
// a workbook, edit what changes every time, round-trip the workbook for structural changes, compare with
// the campaign it was copied from, and issue it. Drafts stay here until issued.
import { basename, join } from 'node:path';
import type { DeskSettings } from '../../../shared/api/desk-contract';
import type { DeskDraft, DeskOverview, DeskWorkbookFile, DeskWorkbookResult, IssuedDeskCampaign } from '../../../shared/api/desk-types';
import type { CampaignBook } from '../../../shared/campaign/book';
import { checkCampaign, type CampaignProblem } from '../../../shared/campaign/check';
import { diffCampaigns, type CampaignDiff } from '../../../shared/campaign/diff';
import type { CampaignDef, LevelDeadline } from '../../../shared/campaign/model';
import { AppError } from '../../../shared/errors';
import { showDayMonthYear } from '../../../shared/format/day-month-year';
import type { ServiceContext } from '../context';
import { writeFileAtomic } from '../fs/atomic-write';
import { chooseFolder } from '../handlers/choose-folder';
import { requireProfile } from '../handlers/profile-handlers';
import { issueCampaignBook, publishCampaign, type IssuedCampaign } from './campaign-issue';
import { checkDerivedRows, deriveSource } from './campaign-derive';
import { expectedUnits, listCampaigns } from './campaign-list';
import { deskDrafts, type DeskDraftRow } from './desk-drafts';
import { checkWorkbook, type WorkbookCheck } from './workbook';
import { campaignToRows } from '../../../shared/campaign/workbook/index';
import { readWorkbookRows, writeWorkbookRows } from './workbook-file';

/** Problems of the desk itself, beyond the campaign's own checks: units that cannot be expected. */
function deskProblems(ctx: ServiceContext, book: CampaignBook): CampaignProblem[] {
  const retired = ctx.units.retired();
  const own = requireProfile(ctx).unit.code;
  const out: CampaignProblem[] = [];
  book.units.forEach((u, index) => {
    if (retired.has(u.code)) out.push({ place: { at: 'unit', index, attr: 'code' }, message: `${u.code} «${u.name}» đã thôi hoạt động: bỏ đơn vị này khỏi danh sách đơn vị báo cáo.` });
    else if (u.parentCode !== own) out.push({ place: { at: 'unit', index, attr: 'parentCode' }, message: `${u.code} không trực thuộc ${own}: một đợt chỉ giao cho đơn vị cấp dưới trực tiếp.` });
  });
  if (book.units.length === 0) out.push({ place: { at: 'unit', index: 0, attr: 'code' }, message: 'Chưa chọn đơn vị nào phải báo cáo: hãy chọn ít nhất một đơn vị trong danh mục.' });
  return out;
}

function view(ctx: ServiceContext, row: DeskDraftRow): DeskDraft {
  return { id: row.id, book: row.book, sourceLabel: row.sourceLabel, hasSource: row.source !== null, derivedFrom: row.derivation?.parentId ?? null, updatedAt: row.updatedAt, problems: [...checkCampaign(row.book), ...deskProblems(ctx, row.book)] };
}

export function deskOverview(ctx: ServiceContext): DeskOverview {
  const own = requireProfile(ctx).unit.code;
  const all = listCampaigns(ctx);
  return {
    issued: all.filter((c) => c.issuer === own),
    received: all.filter((c) => c.issuer !== own),
    drafts: deskDrafts(ctx.db)
      .list()
      .map((d) => ({ id: d.id, campaignId: d.book.campaign.id, title: d.book.campaign.title, sourceLabel: d.sourceLabel, updatedAt: d.updatedAt })),
  };
}

/** A campaign as a book: as issued or received, or the built-in one with this unit's children in service. */
function bookOf(ctx: ServiceContext, id: string): CampaignBook {
  const meta = ctx.campaigns.meta(id);
  if (!meta) throw new AppError('E_CAMPAIGN_UNKNOWN', `Không có đợt báo cáo «${id}» trong dữ liệu này.`);
  return { campaign: ctx.campaigns.get(id), issue: meta.issue, units: expectedUnits(ctx, id) };
}

/** A copy's id must differ from every campaign known here; the clerk changes it on the page. */
function freshId(ctx: ServiceContext, id: string): string {
  const base = `${id.slice(0, 70)}-MOI`;
  let n = 1;
  let candidate = base;
  while (ctx.campaigns.meta(candidate)) candidate = `${base}${++n}`;
  return candidate;
}

/**
 * A derived draft (SPEC §9): the campaign from above with a new id, expecting this unit's units in
 * service, one deadline per level of those units (the parent's deadline for this unit's level as a
 * start). The template and period stay the parent's; issuing checks it as `campaign derive` does.
 */
function startDerived(ctx: ServiceContext, parentId: string, now: string): DeskDraftRow {
  const source = deriveSource(ctx, parentId);
  const own = requireProfile(ctx).unit;
  const retired = ctx.units.retired();
  const units = ctx.units.list().filter((u) => u.parentCode === own.code && !retired.has(u.code));
  const parentDeadlines = source.book.campaign.deadlines;
  const start = parentDeadlines.find((d) => d.levelId === own.levelId) ?? parentDeadlines[0];
  const levels = [...new Set(units.map((u) => u.levelId))];
  const rest: CampaignDef = { ...source.book.campaign };
  // The parent's closing and per-level openings were written for this unit's report, not its units'.
  delete rest.closing;
  const book: CampaignBook = {
    campaign: { ...rest, id: freshId(ctx, parentId), deadlines: levels.map((levelId) => ({ levelId, finish: start?.finish ?? `${source.book.campaign.period.to}-28` })) },
    issue: 1,
    units,
  };
  const drafts = deskDrafts(ctx.db);
  return drafts.get(drafts.insert(book, source.book, `Dẫn xuất từ ${parentId}`, now, source.derivation));
}

export async function startDeskDraft(
  ctx: ServiceContext,
  from: { fromCampaign: string } | { deriveFrom: string } | { fromWorkbook: { name: string; dataBase64: string } },
): Promise<DeskWorkbookResult> {
  const now = ctx.clock().toISOString();
  const drafts = deskDrafts(ctx.db);
  if ('deriveFrom' in from) return { ok: true, draft: view(ctx, startDerived(ctx, from.deriveFrom, now)) };
  if ('fromCampaign' in from) {
    const source = bookOf(ctx, from.fromCampaign);
    const retired = ctx.units.retired();
    const own = requireProfile(ctx).unit.code;
    const book: CampaignBook = {
      campaign: { ...source.campaign, id: freshId(ctx, source.campaign.id) },
      issue: 1,
      // A copy expects this unit's units in service; the clerk chooses on the page.
      units: source.units.filter((u) => !retired.has(u.code) && u.parentCode === own),
    };
    const id = drafts.insert(book, source, `Bản sao của ${source.campaign.id}`, now);
    return { ok: true, draft: view(ctx, drafts.get(id)) };
  }
  const checked = await checkWorkbook(Buffer.from(from.fromWorkbook.dataBase64, 'base64'), from.fromWorkbook.name);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const id = drafts.insert(checked.book, null, `Sổ tính ${basename(from.fromWorkbook.name)}`, now);
  return { ok: true, draft: view(ctx, drafts.get(id)) };
}

export const getDeskDraft = (ctx: ServiceContext, id: number): DeskDraft => view(ctx, deskDrafts(ctx.db).get(id));

/** What the page edits, applied to the book; the template's structure is untouched. */
function applySettings(ctx: ServiceContext, book: CampaignBook, s: DeskSettings): CampaignBook {
  const c = book.campaign;
  const deadlines = s.deadlines.map((d): LevelDeadline => {
    // The attributes the page does not show (receiving department, own opening, recipients) stay.
    const kept: LevelDeadline = { ...(c.deadlines.find((x) => x.levelId === d.levelId) ?? { levelId: d.levelId, finish: d.finish }) };
    delete kept.send;
    return { ...kept, levelId: d.levelId, finish: d.finish, ...(d.send ? { send: d.send } : {}) };
  });
  const sections = c.template.sections.map((sec) => {
    const edit = s.sections.find((x) => x.number === sec.number);
    return edit ? { ...sec, title: edit.title, guidance: edit.guidance.map((g) => g.trim()).filter((g) => g !== '') } : sec;
  });
  const units = s.unitCodes.map((code) => {
    const u = ctx.units.get(code);
    if (!u) throw new AppError('E_UNIT_UNKNOWN', `Không có đơn vị mã «${code}» trong danh mục. Hãy thêm đơn vị ở trang «Danh mục đơn vị» trước.`);
    return u;
  });
  const rest: CampaignDef = { ...c };
  delete rest.closing;
  return {
    issue: s.issue,
    units,
    campaign: {
      ...rest,
      id: s.campaignId,
      title: s.title,
      summaryLine: s.summaryLine,
      opening: s.opening,
      ...(s.closing.trim() !== '' ? { closing: s.closing } : {}),
      period: s.period,
      documents: s.documents,
      deadlines,
      template: { ...c.template, sections },
    },
  };
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** A derived draft keeps the parent's template and period: a change to them is refused, not dropped. */
function refuseTemplateChange(row: DeskDraftRow, s: DeskSettings): void {
  if (!row.derivation) return;
  const c = row.book.campaign;
  const sections = c.template.sections.map((sec) => ({ number: sec.number, title: sec.title, guidance: sec.guidance }));
  const asked = s.sections.map((x) => ({ number: x.number, title: x.title, guidance: x.guidance.map((g) => g.trim()).filter((g) => g !== '') }));
  if (!sameJson(sections, asked)) {
    throw new AppError('E_CAMPAIGN_DERIVE', `Đợt này dẫn xuất từ đợt «${row.derivation.parentId}» của cấp trên nên giữ nguyên mẫu: không sửa được tên và hướng dẫn các phần. Hãy để nguyên các phần; muốn đổi mẫu thì lập đợt mới bằng «Sao chép».`);
  }
  if (!sameJson(c.period, s.period)) {
    throw new AppError('E_CAMPAIGN_DERIVE', `Đợt này dẫn xuất từ đợt «${row.derivation.parentId}» của cấp trên nên giữ nguyên kỳ báo cáo (${c.period.from} – ${c.period.to}). Hãy để nguyên «Từ tháng» và «Đến tháng».`);
  }
}

export function saveDeskDraft(ctx: ServiceContext, id: number, settings: DeskSettings): DeskDraft {
  const drafts = deskDrafts(ctx.db);
  const row = drafts.get(id);
  refuseTemplateChange(row, settings);
  drafts.update(id, applySettings(ctx, row.book, settings), ctx.clock().toISOString());
  return view(ctx, drafts.get(id));
}

export function deleteDeskDraft(ctx: ServiceContext, id: number): DeskOverview {
  const drafts = deskDrafts(ctx.db);
  drafts.get(id);
  drafts.remove(id);
  return deskOverview(ctx);
}

export async function downloadDeskWorkbook(ctx: ServiceContext, id: number): Promise<DeskWorkbookFile> {
  const row = deskDrafts(ctx.db).get(id);
  const folder = await chooseFolder(ctx, 'sổ tính đợt báo cáo');
  const fileName = `${row.book.campaign.id}.xlsx`;
  const file = join(folder, fileName);
  writeFileAtomic(file, await writeWorkbookRows(campaignToRows(row.book)));
  return { file, fileName };
}

/** A workbook with any problem changes nothing; a good one replaces the draft (its source stays). */
export async function uploadDeskWorkbook(ctx: ServiceContext, id: number, upload: { name: string; dataBase64: string }): Promise<DeskWorkbookResult> {
  const drafts = deskDrafts(ctx.db);
  const row = drafts.get(id);
  const bytes = Buffer.from(upload.dataBase64, 'base64');
  const checked = row.derivation ? await checkDerivedUpload(ctx, row, bytes, upload.name) : await checkWorkbook(bytes, upload.name);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  drafts.update(id, checked.book, ctx.clock().toISOString());
  return { ok: true, draft: view(ctx, drafts.get(id)) };
}

/** A derived draft's workbook is read as `campaign derive` reads it: its own sheets, the template kept. */
async function checkDerivedUpload(ctx: ServiceContext, row: DeskDraftRow, bytes: Buffer, name: string): Promise<WorkbookCheck> {
  const read = await readWorkbookRows(bytes, name);
  return checkDerivedRows(derivedSource(ctx, row), read.sheets, read.problems);
}

/** The parent as received now; a parent re-issued since the draft began is said so, not silently swapped. */
function derivedSource(ctx: ServiceContext, row: DeskDraftRow) {
  const derivation = row.derivation;
  if (!derivation) throw new AppError('E_INPUT', 'Bản nháp này không dẫn xuất từ đợt nào.');
  const source = deriveSource(ctx, derivation.parentId);
  if (source.derivation.parentManifestSha256 !== derivation.parentManifestSha256) {
    throw new AppError('E_CAMPAIGN_DERIVE', `Cấp trên đã ban hành lại đợt «${derivation.parentId}» sau khi bản nháp này được lập. Hãy xóa bản nháp và bấm «Phát hành cho đơn vị cấp dưới» lại trên đợt mới nhận.`);
  }
  return source;
}

/** Issues through the same path as `campaign derive`: the same checks, the parent's manifest hash. */
async function issueDerived(ctx: ServiceContext, row: DeskDraftRow, folder: string): Promise<IssuedCampaign> {
  const source = derivedSource(ctx, row);
  const checked = checkDerivedRows(source, campaignToRows(row.book));
  if (!checked.ok) {
    const lines = checked.problems.map((p) => `${p.sheet}${p.row !== null ? `, dòng ${p.row}` : ''}: ${p.message}`);
    throw new AppError('E_CAMPAIGN_DERIVE', `Đợt dẫn xuất còn ${lines.length} lỗi so với đợt «${source.derivation.parentId}» của cấp trên nên chưa ban hành được. Hãy sửa theo từng dòng dưới đây.`, { problems: lines });
  }
  return publishCampaign(ctx, checked.book, folder, source.derivation);
}

export function compareDeskDraft(ctx: ServiceContext, id: number): CampaignDiff {
  const row = deskDrafts(ctx.db).get(id);
  if (!row.source) throw new AppError('E_INPUT', 'Đợt này lập từ sổ tính, không sao chép từ đợt nào nên không có gì để so sánh.');
  return diffCampaigns(row.source, row.book);
}

function deadlineLines(book: CampaignBook, levelName: (id: string) => string): string[] {
  return book.campaign.deadlines.map((d) => `- ${levelName(d.levelId)}: hoàn thành ${showDayMonthYear(d.finish)}${d.send ? `, gửi cấp trên trước ${showDayMonthYear(d.send)}` : ''}.`);
}

export async function issueDeskDraft(ctx: ServiceContext, id: number): Promise<IssuedDeskCampaign> {
  const drafts = deskDrafts(ctx.db);
  const row = drafts.get(id);
  const problems = view(ctx, row).problems;
  if (problems.length > 0) {
    throw new AppError('E_DESK_DRAFT_INVALID', `Đợt còn ${problems.length} lỗi nên chưa ban hành được. Hãy sửa các lỗi được liệt kê trên trang rồi ban hành lại.`, { problems: problems.map((p) => p.message) });
  }
  const folder = await chooseFolder(ctx, 'tệp đợt báo cáo');
  const issued = row.derivation ? await issueDerived(ctx, row, folder) : await issueCampaignBook(ctx, row.book, folder);
  drafts.remove(id);
  const profile = requireProfile(ctx);
  const levels = new Map(ctx.units.listLevels().map((l) => [l.id, l.name]));
  const c = row.book.campaign;
  const fileName = basename(issued.file);
  const pubName = basename(issued.publicKeyFile);
  const emailBody = [
    'Kính gửi các đơn vị,',
    '',
    `${profile.unit.name} gửi đợt báo cáo «${c.title}» (mã ${c.id}). Đề nghị các đơn vị mở tệp đính kèm ${fileName} bằng TongKet và báo cáo đúng thời hạn:`,
    ...deadlineLines(row.book, (l) => levels.get(l) ?? l),
    '',
    `Tệp ${pubName} là khóa công khai của ${profile.unit.shortName}. Trước khi dùng đợt, hãy gọi điện cho ${profile.unit.shortName} để đối chiếu dấu vân tay: ${issued.fingerprint}.`,
    '',
    `Đơn vị phải báo cáo: ${row.book.units.map((u) => u.shortName).join('; ')}.`,
    '',
    `${profile.signerTitle} ${profile.signerName}`.trim(),
  ].join('\n');
  return {
    campaignId: c.id,
    file: issued.file,
    fileName,
    publicKeyFile: issued.publicKeyFile,
    fingerprint: issued.fingerprint,
    folder,
    emailSubject: `[TongKet] ${c.title} — ${fileName}`,
    emailBody,
    differences: issued.differences,
  };
}

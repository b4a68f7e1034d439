// `tongket campaign issue` (SPEC §9): build a campaign from its workbook, sign it with this unit's key,
// add it and its expected units here, write the .tongket-campaign file and this unit's .pub beside it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CampaignBook } from '../../../shared/campaign/book';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { writePublicKeyFile } from '../export/public-key-file';
import { writeFileAtomic } from '../fs/atomic-write';
import { requireProfile } from '../handlers/profile-handlers';
import { fingerprint } from '../signing/minisign';
import { unlockOwnKey } from '../signing/unlock';
import { buildCampaignFile } from './campaign-file';
import { addMissingUnits, unitDifferences } from './campaign-import';
import { campaignFiles } from './campaign-store';
import { checkWorkbookFile } from './workbook';
import { derivedCampaigns } from './derived-store';
import type { WorkbookProblem } from '../../../shared/campaign/workbook/index';

export interface IssuedCampaign {
  file: string;
  publicKeyFile: string;
  fingerprint: string;
  book: CampaignBook;
  /** Units of the workbook that differ from the directory here: reported, not applied. */
  differences: string[];
  manifestSha256: string;
}

/** The problems of a workbook as one refusal, each with its place (for the CLI and the desk). */
export function workbookRefusal(problems: WorkbookProblem[]): AppError {
  const lines = problems.map((p) => `${p.sheet}${p.row !== null ? `, dòng ${p.row}` : ''}${p.column !== null ? `, cột «${p.column}»` : ''}: ${p.message}`);
  return new AppError('E_WORKBOOK', `Sổ tính có ${lines.length} lỗi; chưa ban hành được đợt. Chạy "tongket campaign check" để xem từng lỗi.`, { problems: lines });
}

export async function issueCampaign(ctx: ServiceContext, workbookPath: string, outDir: string): Promise<IssuedCampaign> {
  const checked = await checkWorkbookFile(workbookPath);
  if (!checked.ok) throw workbookRefusal(checked.problems);
  return publishCampaign(ctx, checked.book, outDir, null);
}

/** Issues a checked campaign book (from a workbook, or a draft of the campaign desk). */
export function issueCampaignBook(ctx: ServiceContext, book: CampaignBook, outDir: string): Promise<IssuedCampaign> {
  return publishCampaign(ctx, book, outDir, null);
}

/** What a derived campaign re-issues: the campaign from above and its file's manifest hash. */
export interface Derivation {
  parentId: string;
  parentManifestSha256: string;
}

/**
 * Signs a built campaign with this unit's key, writes the file and the .pub, and adds the campaign and
 * its expected units here. Shared by `campaign issue` and `campaign derive` (and the desk later).
 */
export async function publishCampaign(ctx: ServiceContext, book: CampaignBook, outDir: string, derivation: Derivation | null): Promise<IssuedCampaign> {
  const profile = requireProfile(ctx);
  const issuer = profile.unit;
  const c = book.campaign;
  const outside = book.units.filter((u) => u.parentCode !== issuer.code);
  if (outside.length > 0) {
    throw new AppError('E_CAMPAIGN_UNITS', `Đơn vị ${outside.map((u) => u.code).join(', ')} không trực thuộc ${issuer.code} (cột «Đơn vị cấp trên»). Một đợt chỉ giao cho đơn vị cấp dưới của đơn vị ban hành.`);
  }
  const retired = ctx.units.retired();
  const gone = book.units.filter((u) => retired.has(u.code));
  if (gone.length > 0) {
    throw new AppError('E_UNIT_RETIRED', `Đơn vị ${gone.map((u) => `${u.code} «${ctx.units.get(u.code)?.name ?? u.name}»`).join(', ')} đã thôi hoạt động; một đợt mới không giao cho đơn vị đã thôi hoạt động. Hãy bỏ dòng của đơn vị này ở trang «Đơn vị».`);
  }
  const files = campaignFiles(ctx.db);
  const twin = files.byIdentity(c.id, c.template.version, book.issue);
  if (twin) {
    throw new AppError('E_CAMPAIGN_CONFLICT', `Đợt «${c.id}» phiên bản ${c.template.version} lần ban hành ${book.issue} đã ban hành. Sửa thiết lập thì tăng «Lần ban hành»; sửa mẫu thì tăng «Phiên bản mẫu».`);
  }
  const meta = ctx.campaigns.meta(c.id);
  if (meta && (meta.builtin || (meta.issuerCode !== null && meta.issuerCode !== issuer.code))) {
    throw new AppError('E_CAMPAIGN_CONFLICT', `Mã đợt «${c.id}» đã dùng cho một đợt ${meta.builtin ? 'có sẵn trong TongKet' : `do ${meta.issuerCode} ban hành`}. Hãy chọn mã đợt khác.`);
  }
  if (meta && (c.template.version < meta.templateVersion || (c.template.version === meta.templateVersion && book.issue < meta.issue))) {
    throw new AppError('E_CAMPAIGN_VERSION', `Đã ban hành phiên bản ${meta.templateVersion} lần ${meta.issue} của đợt «${c.id}»; sổ tính ghi phiên bản ${c.template.version} lần ${book.issue}, cũ hơn.`);
  }
  const derived = derivedCampaigns(ctx.db);
  const before = derived.parentOf(c.id);
  if (meta && (before?.parentId ?? null) !== (derivation?.parentId ?? null)) {
    throw new AppError('E_CAMPAIGN_CONFLICT', `Mã đợt «${c.id}» đã dùng cho một đợt ${before ? `dẫn xuất từ «${before.parentId}»` : 'ban hành trực tiếp'} ở đây. Hãy chọn mã đợt khác.`);
  }
  const secret = await unlockOwnKey(ctx, issuer.code);
  const now = ctx.clock();
  const built = await buildCampaignFile({
    book,
    issuer: { code: issuer.code, name: issuer.name, level: issuer.levelId },
    signer: { name: profile.signerName, title: profile.signerTitle },
    derivedFrom: derivation?.parentManifestSha256 ?? null,
    createdAt: now,
    appVersion: ctx.host.appVersion,
    secret,
  });
  const differences = unitDifferences(ctx, book.units);
  // The files first: a folder that cannot be written leaves nothing recorded here.
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, built.fileName);
  writeFileAtomic(file, built.bytes);
  const pub = await writePublicKeyFile(ctx, outDir);
  ctx.db.transaction(() => {
    addMissingUnits(ctx, book.units, now.toISOString());
    ctx.campaigns.store(book, issuer.code, false, now.toISOString());
    if (derivation) derived.set(c.id, derivation, now.toISOString());
    files.insert({
      campaignId: c.id,
      templateVersion: c.template.version,
      issue: book.issue,
      manifestSha256: built.manifestSha256,
      issuerCode: issuer.code,
      publicKey: secret.key,
      fingerprint: fingerprint(secret),
      definitionJson: JSON.stringify(book),
      state: 'issued',
      receivedAt: now.toISOString(),
      file: built.bytes,
    });
  })();
  return { file, publicKeyFile: pub.path, fingerprint: pub.fingerprint, book, differences, manifestSha256: built.manifestSha256 };
}

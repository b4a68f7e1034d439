// A reporting unit receives a campaign file from its parent (SPEC §9). Accepted only from the parent in
// the directory, signed by the parent's key — registered, or confirmed by a person on first sight (the
// file is then held). Judged by full public key. A lower version, the same identity with different
// content, or a rename or re-parent of a unit already here is refused, and nothing is changed.
import type { CampaignBook } from '../../../shared/campaign/book';
import { fieldIndex } from '../../../shared/campaign/fields';
import { AppError } from '../../../shared/errors';
import type { Unit } from '../../../shared/units/directory';
import type { ServiceContext } from '../context';
import { requireProfile } from '../handlers/profile-handlers';
import type { ImportLine, IncomingFile } from '../inbox/import-types';
import type { PublicKey } from '../signing/minisign';
import { verifyCampaignFile, type VerifiedCampaignFile } from './campaign-file';
import { campaignFiles, type CampaignFileRow } from './campaign-store';

/** How this install knows the full key that signed: registered for a unit (active or revoked), or not at all. */
export function keyOwner(ctx: ServiceContext, key: PublicKey): { unitCode: string; revoked: boolean; own: boolean } | null {
  const r = ctx.db
    .prepare<[Buffer], { unit_code: string; status: string; own: number }>('SELECT unit_code, status, own FROM keys WHERE public_key = ? ORDER BY status = \'active\' DESC LIMIT 1')
    .get(key.key);
  return r ? { unitCode: r.unit_code, revoked: r.status === 'revoked', own: r.own === 1 } : null;
}

/** Differences between the campaign's units and the directory here: reported, never applied. */
export function unitDifferences(ctx: ServiceContext, units: Unit[]): string[] {
  const out: string[] = [];
  for (const u of units) {
    const here = ctx.units.get(u.code);
    if (!here) continue;
    if (here.parentCode !== u.parentCode) out.push(`${u.code}: cấp trên ở đây là ${here.parentCode ?? '(không có)'}, đợt ghi ${u.parentCode ?? '(không có)'}`);
    if (here.name !== u.name) out.push(`${u.code}: tên ở đây là «${here.name}», đợt ghi «${u.name}»`);
    if (here.shortName !== u.shortName) out.push(`${u.code}: tên ngắn ở đây là «${here.shortName}», đợt ghi «${u.shortName}»`);
  }
  return out;
}

/** Checks that need this install but change nothing: issuer, units, version order, identity. */
function judge(ctx: ServiceContext, v: VerifiedCampaignFile, parentCode: string | null): 'duplicate' | 'refused' | 'new' {
  const m = v.manifest;
  if (m.issuer.code !== parentCode) {
    throw new AppError('E_CAMPAIGN_ISSUER', `Đợt «${m.campaignId}» do ${m.issuer.code} ban hành, không phải cấp trên ${parentCode ?? '(chưa có)'} của đơn vị. Đơn vị chỉ nhận đợt báo cáo từ cấp trên trực tiếp.`);
  }
  const owner = keyOwner(ctx, v.signerKey);
  if (owner && (owner.own || owner.unitCode !== m.issuer.code)) {
    throw new AppError('E_KEY_UNIT', `Tệp đợt ghi là của ${m.issuer.code} nhưng được ký bằng khóa ${v.fingerprint} của ${owner.own ? 'chính đơn vị này' : owner.unitCode}. Không dùng tệp này.`);
  }
  if (owner?.revoked) throw new AppError('E_KEY_REVOKED', `Tệp đợt được ký bằng khóa ${v.fingerprint} của ${owner.unitCode}, khóa này đã bị thu hồi. Đề nghị cấp trên ký lại bằng khóa mới.`);
  const files = campaignFiles(ctx.db);
  // The same file again (refused before included: a refusal is a person's decision, not undone by resending).
  const same = files.byManifest(v.manifestSha256);
  if (same) return same.state === 'refused' ? 'refused' : 'duplicate';
  const twin = files.byIdentity(m.campaignId, m.templateVersion, m.issue);
  if (twin) {
    throw new AppError('E_CAMPAIGN_CONFLICT', `Đã có đợt «${m.campaignId}» phiên bản ${m.templateVersion} lần ban hành ${m.issue} với nội dung khác. Một lần sửa phải mang lần ban hành hoặc phiên bản cao hơn; hãy hỏi lại cấp trên.`);
  }
  const meta = ctx.campaigns.meta(m.campaignId);
  if (meta) {
    if (meta.builtin) throw new AppError('E_CAMPAIGN_CONFLICT', `Mã đợt «${m.campaignId}» là của một đợt có sẵn trong TongKet; không thay được.`);
    if (meta.issuerCode !== null && meta.issuerCode !== m.issuer.code) {
      throw new AppError('E_CAMPAIGN_ISSUER', `Đợt «${m.campaignId}» ở đây do ${meta.issuerCode} ban hành; tệp này ghi ${m.issuer.code}. Không dùng tệp này.`);
    }
    const older = m.templateVersion < meta.templateVersion || (m.templateVersion === meta.templateVersion && m.issue < meta.issue);
    if (older && !meta.held) {
      throw new AppError('E_CAMPAIGN_VERSION', `Tệp là phiên bản ${m.templateVersion} lần ban hành ${m.issue} của đợt «${m.campaignId}», cũ hơn bản đang dùng (phiên bản ${meta.templateVersion} lần ${meta.issue}). Không thay bằng bản cũ.`);
    }
  }
  const diffs = unitDifferences(ctx, v.book.units);
  if (diffs.length > 0) {
    throw new AppError('E_CAMPAIGN_UNITS', `Đợt «${m.campaignId}» đổi tên hoặc đổi cấp trên của đơn vị đã có trong danh mục; TongKet không áp dụng thay đổi đó và chưa nhận đợt. ${diffs.join('; ')}. Hãy báo cấp trên sửa danh sách đơn vị.`, { problems: diffs });
  }
  return 'new';
}

/** Adds the campaign's units that are not in the directory yet (existing ones were judged identical). */
export function addMissingUnits(ctx: ServiceContext, units: Unit[], now: string): void {
  for (const u of units) if (!ctx.units.get(u.code)) ctx.units.add(u, now);
}

/**
 * Puts a trusted campaign in place, replacing an older version: this unit's draft keeps every value
 * whose field key still exists; the others are cleared with an audit row (the old value stays there).
 * Returns the dropped keys. In the caller's transaction.
 */
function apply(ctx: ServiceContext, book: CampaignBook, issuerCode: string, now: string): string[] {
  const profile = requireProfile(ctx);
  const before = ctx.campaigns.meta(book.campaign.id);
  addMissingUnits(ctx, book.units, now);
  ctx.campaigns.store(book, issuerCode, false, now);
  if (!before || before.held || before.templateVersion === book.campaign.template.version) return [];
  const report = ctx.reports.latest(book.campaign.id, profile.unit.code, now);
  if (report.status !== 'draft' || report.id === 0) return [];
  const keys = fieldIndex(book.campaign.template);
  const dropped = Object.keys(ctx.reports.values(report.id)).filter((k) => !keys.has(k)).sort();
  ctx.reports.applyChanges(report.id, dropped.map((key) => ({ target: 'field' as const, key, next: null })), `template:${book.campaign.template.id}:v${book.campaign.template.version}`, now);
  return dropped;
}

const describe = (book: CampaignBook, dropped: string[]): string =>
  `Đã nhận đợt «${book.campaign.title}» (${book.campaign.id}, phiên bản ${book.campaign.template.version}, lần ban hành ${book.issue}).` +
  (dropped.length ? ` Bản nháp bỏ ${dropped.length} giá trị của trường không còn trong mẫu mới: ${dropped.join(', ')} (giá trị cũ vẫn lưu trong nhật ký sửa đổi).` : '');

export async function importCampaignFile(ctx: ServiceContext, file: IncomingFile): Promise<ImportLine> {
  return importVerifiedCampaign(ctx, await verifyCampaignFile(file.bytes), file);
}

/** The import of a verified file: one transaction (a savepoint inside a caller's). */
export function importVerifiedCampaign(ctx: ServiceContext, v: VerifiedCampaignFile, file: IncomingFile): ImportLine {
  const profile = requireProfile(ctx);
  const m = v.manifest;
  const base = { source: file.source, keyId: m.keyId, fingerprint: v.fingerprint };
  return ctx.db.transaction((): ImportLine => {
    const seen = judge(ctx, v, profile.parent?.code ?? null);
    if (seen !== 'new') {
      const refused = seen === 'refused' ? ' và đã bị từ chối; không nhập lại' : '';
      return { ...base, outcome: 'duplicate', message: `Đã có: đợt ${m.campaignId} phiên bản ${m.templateVersion} lần ban hành ${m.issue} đã được nhập trước đó${refused}.` };
    }
    const now = ctx.clock().toISOString();
    const trusted = keyOwner(ctx, v.signerKey)?.unitCode === m.issuer.code;
    const row = {
      campaignId: m.campaignId,
      templateVersion: m.templateVersion,
      issue: m.issue,
      manifestSha256: v.manifestSha256,
      issuerCode: m.issuer.code,
      publicKey: v.signerKey.key,
      fingerprint: v.fingerprint,
      definitionJson: JSON.stringify(v.book),
      state: trusted ? ('applied' as const) : ('held' as const),
      receivedAt: file.receivedAt.toISOString(),
      file: file.bytes,
    };
    campaignFiles(ctx.db).insert(row);
    if (!trusted) {
      // Shown in the list as held; nothing is written against it until the key is confirmed.
      if (!ctx.campaigns.meta(m.campaignId)) ctx.campaigns.store(v.book, m.issuer.code, true, now);
      return {
        ...base,
        outcome: 'held',
        message: `Tạm giữ đợt «${v.book.campaign.title}» (${m.campaignId}): khóa của ${m.issuer.code} chưa được xác nhận (dấu vân tay ${v.fingerprint}). Hãy gọi điện cho cấp trên, đối chiếu dấu vân tay rồi xác nhận khóa.`,
      };
    }
    return { ...base, outcome: 'accepted', message: describe(v.book, apply(ctx, v.book, m.issuer.code, now)) };
  })();
}

/**
 * The parent's key was confirmed (or registered): the campaign files it holds are applied, in the order
 * of their versions, each judged again. In the caller's transaction.
 */
export function releaseHeldCampaigns(ctx: ServiceContext, unitCode: string, key: PublicKey): ImportLine[] {
  const files = campaignFiles(ctx.db);
  const held = files.heldByKey(key.key).sort((a, b) => a.templateVersion - b.templateVersion || a.issue - b.issue);
  const lines: ImportLine[] = [];
  for (const row of held) lines.push(releaseOne(ctx, row, unitCode));
  return lines;
}

function releaseOne(ctx: ServiceContext, row: CampaignFileRow, unitCode: string): ImportLine {
  const files = campaignFiles(ctx.db);
  const book = JSON.parse(row.definitionJson) as CampaignBook;
  const source = `${row.campaignId} v${row.templateVersion}`;
  const now = ctx.clock().toISOString();
  if (row.issuerCode !== unitCode || requireProfile(ctx).parent?.code !== unitCode) {
    files.setState(row.id, 'refused');
    return { source, outcome: 'rejected', code: 'E_CAMPAIGN_ISSUER', message: `Đã từ chối đợt ${row.campaignId}: không do cấp trên ${unitCode} ban hành.` };
  }
  const meta = ctx.campaigns.meta(row.campaignId);
  if (meta && !meta.held && (row.templateVersion < meta.templateVersion || (row.templateVersion === meta.templateVersion && row.issue <= meta.issue))) {
    files.setState(row.id, 'refused');
    return { source, outcome: 'older', message: `Đợt ${row.campaignId} phiên bản ${row.templateVersion} lần ${row.issue} cũ hơn bản đang dùng; không áp dụng.` };
  }
  const diffs = unitDifferences(ctx, book.units);
  if (diffs.length) {
    files.setState(row.id, 'refused');
    return { source, outcome: 'rejected', code: 'E_CAMPAIGN_UNITS', message: `Đã từ chối đợt ${row.campaignId}: ${diffs.join('; ')}.` };
  }
  files.setState(row.id, 'applied');
  return { source, outcome: 'accepted', message: describe(book, apply(ctx, book, row.issuerCode, now)) };
}

/** A person did not recognise the key: its held campaign files are refused; a campaign known only from them goes. */
export function refuseHeldCampaigns(ctx: ServiceContext, key: PublicKey): ImportLine[] {
  const files = campaignFiles(ctx.db);
  return files.heldByKey(key.key).map((row): ImportLine => {
    files.setState(row.id, 'refused');
    if (ctx.campaigns.meta(row.campaignId)?.held) ctx.db.prepare('DELETE FROM campaigns WHERE id = ? AND held = 1').run(row.campaignId);
    return { source: `${row.campaignId} v${row.templateVersion}`, outcome: 'rejected', code: 'E_SIGNATURE', message: `Đã từ chối đợt ${row.campaignId}: khóa ${row.fingerprint} không được công nhận.` };
  });
}

// `tongket campaign derive` (SPEC §9): a unit that received a campaign from above issues it to its own
// units with its own id, title, texts, cited plan, deadlines and expected units, keeping the template.
// The file names its parent (`derivedFrom`: the parent file's manifest hash). Written for the CLI now and
// the province's campaign desk later: `deriveCampaignFromRows` takes the workbook's rows, whatever read them.
import type { CampaignBook } from '../../../shared/campaign/book';
import { buildCampaign, type SheetRows, type WorkbookProblem } from '../../../shared/campaign/workbook/index';
import { deriveRows, templateDifferences } from '../../../shared/campaign/workbook/derive';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { requireProfile } from '../handlers/profile-handlers';
import { publishCampaign, workbookRefusal, type Derivation, type IssuedCampaign } from './campaign-issue';
import { campaignFiles } from './campaign-store';
import { readWorkbookFile, withReadProblems, type WorkbookCheck } from './workbook';

export interface DeriveSource {
  book: CampaignBook;
  derivation: Derivation;
}

/** The campaign from above that can be derived here: received from the parent, applied, with its file. */
export function deriveSource(ctx: ServiceContext, parentId: string): DeriveSource {
  const profile = requireProfile(ctx);
  const meta = ctx.campaigns.meta(parentId);
  if (!meta) throw new AppError('E_CAMPAIGN_UNKNOWN', `Không có đợt báo cáo «${parentId}» trong dữ liệu này. Xem danh sách bằng "tongket campaign list".`);
  if (meta.held) throw new AppError('E_CAMPAIGN_ISSUER', `Đợt «${parentId}» đang tạm giữ: hãy xác nhận khóa của cấp trên trước khi ban hành lại cho đơn vị cấp dưới.`);
  if (meta.builtin || meta.issuerCode === null || meta.issuerCode === profile.unit.code) {
    throw new AppError('E_CAMPAIGN_DERIVE', `Đợt «${parentId}» không phải đợt nhận từ cấp trên. Chỉ dẫn xuất được đợt do cấp trên ban hành; đợt của chính đơn vị thì ban hành bằng "tongket campaign issue".`);
  }
  const row = campaignFiles(ctx.db).byIdentity(parentId, meta.templateVersion, meta.issue);
  if (!row || row.state !== 'applied') {
    throw new AppError('E_CAMPAIGN_DERIVE', `Không tìm thấy tệp đợt «${parentId}» phiên bản ${meta.templateVersion} lần ${meta.issue} đã nhận. Hãy nhập lại tệp đợt của cấp trên.`);
  }
  return { book: JSON.parse(row.definitionJson) as CampaignBook, derivation: { parentId, parentManifestSha256: row.manifestSha256 } };
}

/** Builds the derived campaign from a workbook's rows: every problem by sheet and row, or the campaign. */
export function checkDerivedRows(source: DeriveSource, rows: SheetRows[], readProblems: WorkbookProblem[] = []): WorkbookCheck {
  const built = withReadProblems(readProblems, buildCampaign(deriveRows(rows, source.book)));
  if (!built.ok) return built;
  const problems = templateDifferences(rows, built.book, source.book);
  const id = built.book.campaign.id;
  if (id === source.derivation.parentId) {
    problems.push({ sheet: 'Đợt báo cáo', row: null, column: null, message: `Mã đợt dẫn xuất phải khác mã đợt của cấp trên (${id}): đơn vị cấp dưới nhận đợt của đơn vị này, với thời hạn riêng. Hãy đặt mã mới ở dòng «Mã đợt».` });
  }
  return problems.length ? { ok: false, problems } : built;
}

export async function deriveCampaign(ctx: ServiceContext, parentId: string, workbookPath: string, outDir: string): Promise<IssuedCampaign> {
  const source = deriveSource(ctx, parentId);
  const read = await readWorkbookFile(workbookPath);
  const checked = checkDerivedRows(source, read.sheets, read.problems);
  if (!checked.ok) throw workbookRefusal(checked.problems);
  return publishCampaign(ctx, checked.book, outDir, source.derivation);
}

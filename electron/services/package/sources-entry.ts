// `data/sources.json` in a verified package (a province's package upward): JSON, not an attachment, so
// it is checked against its schema instead of by file type.
import { AppError } from '../../../shared/errors';
import type { Manifest } from '../../../shared/package/manifest';
import { SourcesSchema, type Sources } from '../../../shared/package/sources';

export function checkSourcesEntry(data: Buffer, manifest: Manifest): Sources {
  const bad = (detail: string) =>
    new AppError('E_REPORT_DATA', `Danh sách gói nguồn (data/sources.json) trong gói không hợp lệ: ${detail}. Hãy đề nghị đơn vị xuất lại gói.`);
  let json: unknown;
  try {
    json = JSON.parse(data.toString('utf8'));
  } catch {
    throw bad('không phải JSON');
  }
  const parsed = SourcesSchema.safeParse(json);
  if (!parsed.success) throw bad(parsed.error.issues.map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`).join('; '));
  if (parsed.data.campaignId !== manifest.campaignId) throw bad('đợt tổng kết khác với bản kê');
  return parsed.data;
}

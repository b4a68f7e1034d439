// A ready e-mail to copy: the office sends the package by e-mail, so the subject names the unit,
// the campaign and the revision, and the body gives the fingerprint to check over the phone.
import type { CampaignDef } from '../../../shared/campaign/model';
import type { Profile } from '../../../shared/api/contract';
import { formatNumber } from '../../../shared/format/vi';

export function exportEmail(
  campaign: CampaignDef,
  profile: Profile,
  revision: number,
  reason: string | null,
  packageFile: string,
  packageSize: number,
  fingerprint: string,
  /** The next key this package announces, by fingerprint. */
  announced: string | null = null,
): { subject: string; body: string } {
  const to = profile.parent?.shortName ?? 'cấp trên';
  const subject = `[TongKet] ${profile.unit.shortName} gửi ${campaign.title} — lần ${revision}`;
  const body = [
    `Kính gửi: ${to} (Ban Tổ chức – Kiểm tra),`,
    '',
    `${profile.unit.name} gửi báo cáo ${campaign.title}, lần gửi thứ ${revision}${reason ? ` (sửa đổi: ${reason})` : ''}.`,
    `Tệp đính kèm: ${packageFile} (${formatNumber(Math.ceil(packageSize / 1024))} KB), đã ký số bằng khóa có dấu vân tay ${fingerprint}.`,
    'Tệp .tongket gồm báo cáo (DOCX), phụ lục số liệu (XLSX) và dữ liệu để tổng hợp; xin nhập trực tiếp vào TongKet.',
    ...(announced
      ? [`Gói này báo trước khóa ký mới của đơn vị, dấu vân tay ${announced}: từ lần gửi sau, báo cáo được ký bằng khóa mới. Đề nghị xác nhận dấu vân tay này qua điện thoại.`]
      : []),
    '',
    'Trân trọng.',
    `${profile.signerName || profile.unit.shortName}`,
  ].join('\n');
  return { subject, body };
}

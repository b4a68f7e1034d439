// The parts of an administrative document around the body (Decree 30/2020/NĐ-CP): the header with the
// national title and date line, and the signature block with "Nơi nhận".
import type { Profile } from '../api/contract';
import type { CampaignDef, LevelDeadline } from '../campaign/model';
import { AppError } from '../errors';
import { formatDateLine, formatShortDate } from '../format/vi';
import type { DocHeader, DocSignature } from './model';
import { oneLine, upper } from './text';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** Where the number is written by hand after signing, the line keeps room for it. */
const BLANK_NUMBER = '\u00a0'.repeat(8);

/** Checks the issue date early, so that a bad date is a clear error rather than a broken date line. */
export function checkIssuedOn(iso: string): void {
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(iso) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);
  if (!ok) throw new AppError('E_INPUT', `Ngày ban hành báo cáo không hợp lệ: «${iso}». Hãy ghi dạng YYYY-MM-DD.`);
}

/** "12/BC-LĐLĐ", or "        /BC-LĐLĐ" when the number is not known yet. */
export function documentRef(profile: Profile): string {
  const number = oneLine(profile.documentNumber) || BLANK_NUMBER;
  const symbol = oneLine(profile.documentSymbol);
  return symbol ? `${number}/${symbol}` : number;
}

export function buildHeader(profile: Profile, issuedOn: string): DocHeader {
  return {
    parentUnit: profile.parent ? upper(profile.parent.shortName) : null,
    issuingUnit: upper(profile.unit.shortName),
    number: `Số: ${documentRef(profile)}`,
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    dateLine: formatDateLine(oneLine(profile.place) || oneLine(profile.unit.place), issuedOn),
  };
}

/** "(Kèm theo Báo cáo số 12/BC-LĐLĐ ngày 19/5/2023 của LĐLĐ huyện Tam Đường)" */
export function appendixReference(profile: Profile, issuedOn: string): string {
  const number = oneLine(profile.documentNumber) ? ` số ${documentRef(profile)}` : '';
  return `(Kèm theo Báo cáo${number} ngày ${formatShortDate(issuedOn)} của ${oneLine(profile.unit.shortName)})`;
}

/** What the campaign sets for the unit's level: deadlines, receiving department, opening, "Nơi nhận". */
export const levelOf = (campaign: CampaignDef, profile: Profile): LevelDeadline | undefined =>
  campaign.deadlines.find((d) => d.levelId === profile.unit.levelId);

/** "LĐLĐ huyện Tam Đường" → "LĐLĐ huyện": how a unit names its own standing committee in "Nơi nhận". */
function ownBody(profile: Profile): string {
  const short = oneLine(profile.unit.shortName);
  const place = oneLine(profile.unit.place);
  return place && short.endsWith(` ${place}`) && short.length > place.length + 1 ? short.slice(0, -place.length - 1) : short;
}

/**
 * The default "Nơi nhận" of a report sent upward: the lines the plan sets for the unit's level, else the
 * parent (and its receiving department, from the campaign), the unit's own standing committee, and the
 * office archive.
 */
export function defaultRecipients(campaign: CampaignDef, profile: Profile): string[] {
  const level = levelOf(campaign, profile);
  if (level?.recipients?.length) return level.recipients;
  const lines: string[] = [];
  if (profile.parent) {
    const dept = level?.sendTo;
    lines.push(dept ? `${oneLine(profile.parent.shortName)} (${oneLine(dept)})` : oneLine(profile.parent.shortName));
  }
  lines.push(`Thường trực ${ownBody(profile)}`, 'Lưu: VT');
  return lines;
}

/** "- X;" for every line but the last, which ends with "." as in the plan's own "Nơi nhận". */
export function recipientLines(lines: string[]): string[] {
  const clean = lines
    .map((l) => oneLine(l).replace(/^-\s*/, '').replace(/[;.,]+$/, ''))
    // "Lưu VT" as typed in a plan's table: the archive line always reads "Lưu: VT".
    .map((l) => l.replace(/^Lưu\s*:?\s+/u, 'Lưu: '))
    .filter((l) => l !== '');
  return clean.map((l, i) => `- ${l}${i === clean.length - 1 ? '.' : ';'}`);
}

/**
 * A missing signer name does not stop the document: the name line stays blank, to be written by hand,
 * so that the review page can show the document before setup is finished. Whether an export may go
 * out without a name is the export action's decision (`documentGaps` tells it), not the renderer's.
 */
export function buildSignature(campaign: CampaignDef, profile: Profile, recipients?: string[]): DocSignature {
  return {
    recipientsLabel: 'Nơi nhận:',
    recipients: recipientLines(recipients ?? defaultRecipients(campaign, profile)),
    authority: upper(profile.authorityLine),
    title: upper(profile.signerTitle),
    signerName: oneLine(profile.signerName),
  };
}

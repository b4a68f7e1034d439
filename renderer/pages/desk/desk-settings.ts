// The desk's form state: the draft's settings as the clerk types them (dates dd/mm/yyyy, months mm/yyyy,
// guidance one paragraph per line), and back to the contract's input with each unreadable entry named.
import type { DeskSettings } from '../../../shared/api/desk-contract';
import type { CampaignBook } from '../../../shared/campaign/book';
import { readDayMonthYear, showDayMonthYear } from '../../../shared/format/day-month-year';

export interface DeskForm {
  campaignId: string;
  title: string;
  summaryLine: string;
  opening: string;
  closing: string;
  issue: string;
  from: string;
  to: string;
  documents: { ref: string; date: string; issuer: string; title: string }[];
  deadlines: { levelId: string; finish: string; send: string }[];
  unitCodes: string[];
  sections: { number: number; title: string; guidance: string }[];
}

const showMonth = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})$/.exec(iso);
  return m ? `${m[2]}/${m[1]}` : iso;
};

function readMonth(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > 12) return null;
  return `${m[2]}-${String(m[1]).padStart(2, '0')}`;
}

export function formOf(book: CampaignBook): DeskForm {
  const c = book.campaign;
  return {
    campaignId: c.id,
    title: c.title,
    summaryLine: c.summaryLine,
    opening: c.opening,
    closing: c.closing ?? '',
    issue: String(book.issue),
    from: showMonth(c.period.from),
    to: showMonth(c.period.to),
    documents: c.documents.map((d) => ({ ...d, date: showDayMonthYear(d.date) })),
    deadlines: c.deadlines.map((d) => ({ levelId: d.levelId, finish: showDayMonthYear(d.finish), send: d.send ? showDayMonthYear(d.send) : '' })),
    unitCodes: book.units.map((u) => u.code),
    sections: c.template.sections.map((s) => ({ number: s.number, title: s.title, guidance: s.guidance.join('\n') })),
  };
}

/** The settings to save, or the entries that could not be read (by the label the page shows). */
export function settingsOf(f: DeskForm): { ok: true; settings: DeskSettings } | { ok: false; bad: string[] } {
  const bad: string[] = [];
  const day = (text: string, what: string, optional = false): string | null => {
    const r = readDayMonthYear(text);
    if (!r.ok || (r.iso === null && !optional)) {
      bad.push(what);
      return null;
    }
    return r.iso;
  };
  const from = readMonth(f.from);
  const to = readMonth(f.to);
  if (!from) bad.push('from');
  if (!to) bad.push('to');
  const issue = Number(f.issue);
  if (!Number.isInteger(issue) || issue < 1) bad.push('issue');
  const documents = f.documents.map((d, i) => ({ ...d, date: day(d.date, `document:${i}`) ?? '' }));
  const deadlines = f.deadlines.map((d, i) => ({ levelId: d.levelId, finish: day(d.finish, `finish:${i}`) ?? '', send: day(d.send, `send:${i}`, true) }));
  if (bad.length) return { ok: false, bad };
  return {
    ok: true,
    settings: {
      campaignId: f.campaignId.trim(),
      title: f.title,
      summaryLine: f.summaryLine,
      opening: f.opening,
      closing: f.closing,
      issue,
      period: { from: from ?? '', to: to ?? '' },
      documents,
      deadlines,
      unitCodes: f.unitCodes,
      sections: f.sections.map((s) => ({ number: s.number, title: s.title, guidance: s.guidance.split('\n').map((g) => g.trim()).filter((g) => g !== '') })),
    },
  };
}

/** Where a workbook problem's row lands on the page, when the page edits that part of the campaign. */
export function anchorOf(sheet: string, row: number | null): string | null {
  switch (sheet) {
    case 'Đợt báo cáo':
      return 'desk-settings';
    case 'Văn bản căn cứ':
      return row !== null && row >= 2 ? `desk-document-${row - 2}` : 'desk-documents';
    case 'Thời hạn':
      return row !== null && row >= 2 ? `desk-deadline-${row - 2}` : 'desk-deadlines';
    case 'Mục':
      return row !== null && row >= 2 ? `desk-section-${row - 2}` : 'desk-sections';
    case 'Đơn vị':
      return 'desk-units';
    default:
      return null;
  }
}

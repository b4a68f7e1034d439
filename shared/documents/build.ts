// Builds the document model of a report from the campaign, the unit's profile and the report data.
// Pure: the same input gives the same model, on the Node side for export and in the renderer for the
// review page.
import type { Profile } from '../api/contract';
import type { CampaignDef } from '../campaign/model';
import { activityTable, indicatorTable, periodsPhrase } from './appendix';
import type { Block, DocAppendix, DocSheet, DocTable, ReportDocument } from './model';
import { explanationsByPart, noteBlocks } from './notes';
import { buildSection, emptySections } from './sections';
import { fieldTable } from './fields';
import { appendixReference, buildHeader, buildSignature, checkIssuedOn, levelOf } from './frame';
import { fill, oneLine } from './text';
import { campaignForLevel } from '../campaign/level-labels';

export interface ReportInput {
  campaign: CampaignDef;
  profile: Profile;
  /** Field values by key; read defensively, so a draft that was never validated still renders. */
  values: Readonly<Record<string, unknown>>;
  /** Written explanations of warnings, by rule id. */
  explanations: Readonly<Record<string, unknown>>;
  /** ISO date of the date line, e.g. "2023-05-19". */
  issuedOn: string;
  /** Overrides the default "Nơi nhận" lines. */
  recipients?: string[];
}

const paragraph = (text: string): Block[] => (oneLine(text) ? [{ kind: 'paragraph', runs: [{ text: oneLine(text) }] }] : []);

/** Section tables with numbers (the targets table) get a sheet of their own in the workbook. */
function sectionSheets(input: ReportInput, unit: string): DocSheet[] {
  const sheets: DocSheet[] = [];
  for (const section of input.campaign.template.sections) {
    for (const def of section.fields) {
      if (def.kind !== 'table' || !def.columns.some((c) => c.kind === 'number')) continue;
      sheets.push({
        name: def.label,
        unit,
        title: `${section.number}. ${oneLine(section.title)}`.toLocaleUpperCase('vi'),
        subtitles: [oneLine(input.campaign.title)],
        table: fieldTable(def, input.values[def.key]),
        notes: [],
      });
    }
  }
  return sheets;
}

function buildAppendix(input: ReportInput, notes: string[]): { appendix: DocAppendix; tables: DocTable[] } {
  const { campaign, profile, values, issuedOn } = input;
  const tables = [indicatorTable(campaign.template.appendix, values)];
  const activities = activityTable(campaign.template, values, campaign.period);
  if (activities) tables.push(activities);
  return {
    appendix: {
      heading: 'PHỤ LỤC',
      // The heading already says "PHỤ LỤC": a title that starts with it would say it twice.
      title: oneLine(campaign.template.appendix.title).replace(/^phụ lục\s*[:.\-–]?\s*/iu, '').toLocaleUpperCase('vi'),
      reference: appendixReference(profile, issuedOn),
      tables,
      notes: noteBlocks(notes),
    },
    tables,
  };
}

export function buildReportDocument(given: ReportInput): ReportDocument {
  // Field labels as the unit's level words them (the campaign may set its own for a level).
  const input = { ...given, campaign: campaignForLevel(given.campaign, given.profile.unit.levelId) };
  const { campaign, profile, values, explanations, issuedOn } = input;
  checkIssuedOn(issuedOn);
  const template = campaign.template;
  const notes = explanationsByPart(template, values, explanations);
  const unitName = oneLine(profile.unit.name);
  const { appendix, tables } = buildAppendix(input, notes.get('appendix') ?? []);
  const appendixSheets: DocSheet[] = tables.map((table, i) => ({
    name: i === 0 ? 'Phụ lục' : 'Hoạt động',
    unit: unitName,
    title: (i === 0 ? oneLine(campaign.template.appendix.title) : (table.title ?? '')).toLocaleUpperCase('vi'),
    subtitles:
      i === 0
        ? [oneLine(campaign.title), `Số liệu ${periodsPhrase(template.appendix.periods)}`, appendix.reference]
        : [oneLine(campaign.title), appendix.reference],
    table,
    notes: i === 0 ? (notes.get('appendix') ?? []) : [],
  }));
  return {
    info: { title: `Báo cáo ${oneLine(campaign.title)}`, author: unitName, subject: oneLine(campaign.summaryLine), issuedOn },
    header: buildHeader(profile, issuedOn),
    kind: 'BÁO CÁO',
    summary: oneLine(campaign.summaryLine),
    opening: paragraph(fill(levelOf(campaign, profile)?.opening ?? campaign.opening, { unit: unitName })),
    sections: template.sections.map((s) => buildSection(s, values, notes.get(s.id) ?? [])),
    closing: campaign.closing ? paragraph(fill(campaign.closing, { unit: unitName })) : [],
    signature: buildSignature(campaign, profile, input.recipients),
    appendix,
    workbook: [appendixSheets[0], ...sectionSheets(input, unitName), ...appendixSheets.slice(1)].filter((s): s is DocSheet => s !== undefined),
  };
}

export interface DocumentGaps {
  /** Sections that print "(chưa có nội dung)". */
  emptySections: { id: string; number: number; title: string }[];
  /** The signature block has a blank name line. */
  signerMissing: boolean;
  /** "Số:" is left blank, to be written by hand. */
  numberMissing: boolean;
}

/** What the printed report will lack, for the review page and for the export action to decide on. */
export function documentGaps(input: Pick<ReportInput, 'campaign' | 'profile' | 'values'>): DocumentGaps {
  return {
    emptySections: emptySections(input.campaign.template, input.values),
    signerMissing: oneLine(input.profile.signerName) === '',
    numberMissing: oneLine(input.profile.documentNumber) === '',
  };
}


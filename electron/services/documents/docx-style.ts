// Page and type settings of the Vietnamese administrative format (Decree 30/2020/NĐ-CP, Appendix I),
// in the units WordprocessingML uses: twips (1/1440 inch) and half-points.
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { safeText } from './safe-text';

export const FONT = 'Times New Roman';

/** 1 mm in twips. */
const MM = 1440 / 25.4;
export const mm = (v: number): number => Math.round(v * MM);

export const PAGE = {
  /** A4 portrait in twips: 210 × 297 mm. */
  width: 11906,
  height: 16838,
  // The twips Word itself writes for 2 cm, 3 cm and 1,5 cm (1,5 cm rounds up to 851, not down to 850).
  margin: { top: 1134, bottom: 1134, left: 1701, right: 851, header: mm(10), footer: mm(10) },
} as const;

/** The width text may use: portrait and landscape. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
export const TEXT_WIDTH_LANDSCAPE = PAGE.height - PAGE.margin.left - PAGE.margin.right;

/** Font sizes in half-points. */
export const SIZE = { body: 28, header: 26, nationalTitle: 24, table: 24, recipients: 22, recipientsLabel: 24 } as const;

/** Body paragraphs: first-line indent 1 cm, at least 6 pt between paragraphs, line spacing 1.15. */
export const BODY_INDENT = mm(10);
export const SPACE_AFTER = 120;
export const LINE = 276;

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
}

export const run = (text: string, style: RunStyle = {}): TextRun =>
  new TextRun({
    text: safeText(text),
    bold: style.bold,
    italics: style.italic,
    size: style.size ?? SIZE.body,
    font: FONT,
    language: { value: 'vi-VN' },
  });

/** A centred line, as in the header and the title block. */
export const centred = (text: string, style: RunStyle = {}, options: Partial<IParagraphOptions> = {}): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, ...options, children: [run(text, style)] });

/**
 * The short horizontal rule under the issuing unit, the motto and the summary line: an empty paragraph
 * with a top border, narrowed by indents so that it is centred under the text of `width` twips above it.
 */
export function rule(columnWidth: number, width: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - width) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    // The space before keeps the rule off the descenders of the line above.
    spacing: { before: 50, after: 0, line: 120, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 4 })],
  });
}

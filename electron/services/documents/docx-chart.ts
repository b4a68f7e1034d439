// A chart in the .docx: its caption, the picture with the chart in words as its alternative text (what
// Word's "Alt Text" pane and screen readers give), and its numbers as a table under it.
import { AlignmentType, ImageRun, Paragraph, type Table } from 'docx';
import type { DocChart } from '../../../shared/documents/model';
import type { ChartImage } from './chart-image';
import { tableBlock } from './docx-body';
import { centred, SIZE } from './docx-style';
import { safeText } from './safe-text';

/** Twips per CSS pixel (96 to the inch). */
const TWIPS_PER_PX = 1440 / 96;

export function chartBlock(chart: DocChart, image: ChartImage, width: number, index: number): (Paragraph | Table)[] {
  // At most the text width, and no wider than drawn: a small chart is not blown up.
  const scale = Math.min(1, width / TWIPS_PER_PX / image.width);
  const picture = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 0, after: 120 },
    children: [
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
        altText: { id: `chart${index + 1}`, name: `chart${index + 1}`, title: safeText(chart.caption), description: safeText(chart.description) },
      }),
    ],
  });
  return [
    centred(chart.caption, { bold: true, size: SIZE.header }, { spacing: { before: 240, after: 120 }, keepNext: true }),
    picture,
    ...tableBlock({ kind: 'table', table: chart.table }, width),
  ];
}

// The official documents of a report: the DOCX in the administrative format, the same report as a PDF
// made here (the offices' computers have no LibreOffice), and the XLSX appendix.
// The export action and the CLI call renderReportDocuments; the province report will build its own
// ReportDocument and call renderDocx / renderXlsx directly.
//
// Decisions about incomplete input (so that callers know what they get):
// - An empty section prints "(chưa có nội dung)"; documentGaps() lists those sections for review.
// - A missing signer name is not an error here: the name line is left blank, with the room to sign,
//   so the review page can show the document before setup is complete. documentGaps().signerMissing
//   tells the export action, which decides whether to refuse (e.g. with E_NOT_SETUP).
// - A missing document number leaves "Số:        /BC-…" to be written by hand, as offices do.
// - Only an invalid issue date is refused (AppError E_INPUT): the date line cannot be guessed.
import { buildReportDocument, type ReportInput } from '../../../shared/documents/build';
import { renderDocx } from './docx';
import { renderPdf } from './pdf';
import { renderXlsx } from './xlsx';

export { renderDocx } from './docx';
export { renderPdf } from './pdf';
export { renderXlsx } from './xlsx';
export { buildReportDocument, documentGaps, type ReportInput, type DocumentGaps } from '../../../shared/documents/build';

export interface ReportDocuments {
  docx: Buffer;
  xlsx: Buffer;
  pdf: Buffer;
}

/**
 * Builds the model once and renders both files from it. Throws AppError E_INPUT for an invalid issue
 * date; any other input, however incomplete, gives three valid files.
 */
export async function renderReportDocuments(input: ReportInput): Promise<ReportDocuments> {
  const model = buildReportDocument(input);
  const [docx, xlsx, pdf] = await Promise.all([renderDocx(model), renderXlsx(model), renderPdf(model)]);
  return { docx, xlsx, pdf };
}

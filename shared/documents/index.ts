// The document model and its builder: what the DOCX and XLSX renderers (electron/services/documents)
// and the review page read.
export type * from './model';
export { buildReportDocument, documentGaps, type DocumentGaps, type ReportInput } from './build';
export { emptySections, EMPTY_TEXT } from './sections';
export { displayCell, formatValue, resolveFormulas, locate } from './table';
export { NOTES_TITLE } from './notes';
export { buildProvinceDocument, type ProvinceReportInput } from './province/build';

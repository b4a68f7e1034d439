// The campaign workbook (SPEC §9), pure: rows → campaign with every problem by sheet, row and column,
// and campaign → rows. Reading and writing the .xlsx file itself is Node-side (electron/services/campaigns).
export { buildCampaign, type BuildResult } from './build';
export { campaignToRows } from './write';
export { sortProblems } from './sheet';
export { MAX_ROWS_PER_SHEET, SHEET, COLUMNS, SETTINGS, type CellValue, type SheetRows, type WorkbookProblem } from './layout';

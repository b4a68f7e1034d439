// Types of the province's synthesis that cross the API: the aggregate and the compilation come from
// shared/aggregate as they are; these are the results of the actions on the province's own report.
import type { Basis } from '../aggregate/types';
import type { DraftView, ExportedFile, ExportResult } from './contract';

export interface KeptValue {
  key: string;
  label: string;
  /** What the drafter typed, which was kept. */
  typed: unknown;
  /** The total it differs from (null when no unit gave a number). */
  total: number | null;
}

export interface FillResult {
  basis: Basis;
  /** Fields written from the totals (filled, updated or cleared). */
  changed: number;
  unchanged: number;
  /** Typed values left alone because they differ from the totals and overwrite was not asked. */
  kept: KeptValue[];
  /** Totals that do not fit the field (e.g. larger than its maximum), left out with the reason. */
  refused: { key: string; message: string }[];
  draft: DraftView;
}

export interface InsertResult {
  key: string;
  unitCode: string;
  revision: number;
  manifestSha256: string;
  draft: DraftView;
}

/** What an export or a preview of the province's report did before writing anything. */
export interface ProvinceOutcome {
  basis: Basis;
  unitsCounted: number;
  unitsExpected: number;
  /** Fields the pre-fill wrote before rendering, and typed values it kept. */
  filled: number;
  kept: KeptValue[];
}

/** The DOCX and XLSX only, to read before sending: nothing signed, nothing frozen. */
export interface ProvincePreviewResult extends ProvinceOutcome {
  folder: string;
  files: ExportedFile[];
}

export interface ProvinceExportResult extends ExportResult, ProvinceOutcome {
  /** The unit packages listed in data/sources.json. */
  sources: { unitCode: string; revision: number; manifestSha256: string; packageSha256: string; usedFor: ('totals' | 'text')[] }[];
  /**
   * For an export written again: the totals now come from other packages than the ones it was built
   * from (a unit sent or was accepted since); a new revision is needed to send the new figures.
   */
  stale: boolean;
}

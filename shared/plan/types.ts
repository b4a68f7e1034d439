// The rest of the province's plan (Plan 447 §IV.1) as it crosses the API: survey visits and their
// findings, the units chosen to speak at the conference, and the compiled commendation proposals.
// Everything belongs to one campaign (the current one); dates are ISO (YYYY-MM-DD).
import type { Basis } from '../aggregate/types';
import type { DraftView, ExportedFile } from '../api/contract';

export interface SurveyFinding {
  id: number;
  visitId: number;
  /** The report field the finding speaks to, when there is one (e.g. "s5.narrative"). */
  fieldKey: string | null;
  /** The field's label at the time of reading, for display; null without a field. */
  fieldLabel: string | null;
  text: string;
  /** The fields of the province's report it was quoted into, oldest first. */
  quotedInto: string[];
  updatedAt: string;
}

export interface SurveyVisit {
  id: number;
  unitCode: string;
  unitName: string;
  dateFrom: string;
  dateTo: string;
  /** Team members as written, one per entry ("Nguyễn Văn A – Trưởng ban TC-KT"). */
  team: string[];
  note: string;
  findings: SurveyFinding[];
  updatedAt: string;
}

/** Written files of one of the plan's documents, in the folder the host chose. */
export interface PlanDocResult {
  folder: string;
  files: ExportedFile[];
}

/** A finding or the speakers' list quoted into the province's own report. */
export interface QuoteResult {
  key: string;
  /** The audit source recorded with the change ("survey:3:7", "speakers"). */
  source: string;
  draft: DraftView;
}

/** A number a unit can be ranked by: a summed field or a rate recomputed from the unit's own parts. */
export interface SpeakerCriterion {
  id: string;
  label: string;
  kind: 'sum' | 'rate';
  unit: string;
}

export interface SpeakerRow {
  unitCode: string;
  unitName: string;
  /** 1-based rank; units with equal values on every criterion share a rank. */
  rank: number;
  /** One value per picked criterion, in the order picked; null when the unit gave no number. */
  values: (number | null)[];
  chosen: boolean;
  reason: string;
}

export interface SpeakersView {
  basis: Basis;
  available: SpeakerCriterion[];
  /** The criteria the officer picked, in order of priority (the first decides, the next breaks ties). */
  picked: SpeakerCriterion[];
  /** Counted units, best first. */
  rows: SpeakerRow[];
  /** Chosen units that are not counted on this basis (kept, shown apart). */
  chosenElsewhere: { unitCode: string; unitName: string; reason: string }[];
}

export interface CommendationFields {
  name: string;
  position: string;
  unit: string;
  achievement: string;
}

export interface CommendationRow extends CommendationFields {
  /** "<manifest sha256>:<row>" for a proposal from a unit's package, "added:<id>" for one the province added. */
  key: string;
  /** The unit that proposed it (its code), or the province's own code for an added row. */
  proposedBy: string;
  proposedByName: string;
  /** As the unit wrote it; null for a row the province added. */
  original: CommendationFields | null;
  edited: boolean;
  /** Left out of the table by the province (kept, and can be taken back). */
  excluded: boolean;
  /** Edited on a package that is no longer the one counted for its unit (a newer revision came). */
  stale: boolean;
}

export interface CommendationsView {
  basis: Basis;
  rows: CommendationRow[];
}

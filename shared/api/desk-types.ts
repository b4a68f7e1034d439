// Types of the province's campaign desk and of the directory after 2025 (SPEC §9) that cross the API.
import type { CampaignBook } from '../campaign/book';
import type { CampaignProblem } from '../campaign/check';
import type { CampaignDiff } from '../campaign/diff';
import type { WorkbookProblem } from '../campaign/workbook/layout';
import type { Unit } from '../units/directory';
import type { CampaignSummary } from './campaign-types';

/** A unit of the directory with its service state: a retired unit keeps its history. */
export interface DirectoryEntry extends Unit {
  /** ISO time it was retired; null while in service. */
  retiredAt: string | null;
}

/** What `units import` changed, one line each. */
export interface DirectoryChangeLine {
  code: string;
  kind: 'added' | 'renamed' | 'unchanged-parent';
  message: string;
}

export interface DeskDraftSummary {
  id: number;
  campaignId: string;
  title: string;
  /** "Bản sao của 1563-TK-2023" or the workbook's file name. */
  sourceLabel: string;
  updatedAt: string;
}

export interface DeskOverview {
  /** Issued by this unit. */
  issued: CampaignSummary[];
  /** Received from above, or built into TongKet. */
  received: CampaignSummary[];
  drafts: DeskDraftSummary[];
}

export interface DeskDraft {
  id: number;
  book: CampaignBook;
  sourceLabel: string;
  /** Whether it was copied from a campaign (then it can be compared with it). */
  hasSource: boolean;
  /** The campaign from above it re-issues (SPEC §9 derived campaign): its template and period stay. */
  derivedFrom: string | null;
  updatedAt: string;
  /** What still stops it from being issued; a draft is kept with its problems, nothing typed is lost. */
  problems: CampaignProblem[];
}

/** A workbook upload: the draft as rebuilt, or every problem and nothing changed. */
export type DeskWorkbookResult = { ok: true; draft: DeskDraft } | { ok: false; problems: WorkbookProblem[] };

export interface DeskWorkbookFile {
  file: string;
  fileName: string;
}

export interface IssuedDeskCampaign {
  campaignId: string;
  file: string;
  fileName: string;
  publicKeyFile: string;
  fingerprint: string;
  folder: string;
  /** A ready e-mail to the expected units: subject and body to paste. */
  emailSubject: string;
  emailBody: string;
  /** Units of the campaign that differ from this directory: reported, not applied. */
  differences: string[];
}

export type { CampaignDiff };

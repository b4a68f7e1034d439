// Campaigns a receiving unit is still preparing (the campaign desk): kept until issued, editable any
// number of times. The book is stored whole; the book it was copied from is kept for the comparison.
// A derived draft (SPEC §9) keeps its derivation inside the stored source JSON, so no column is needed:
// `{"derivedFrom": {parentId, parentManifestSha256}, "book": …}` instead of the plain book.
import { z } from 'zod';
import { CampaignBookSchema } from '../../../shared/campaign/schema';
import type { CampaignBook } from '../../../shared/campaign/book';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open-database';
import type { Derivation } from './campaign-issue';

export interface DeskDraftRow {
  id: number;
  book: CampaignBook;
  source: CampaignBook | null;
  /** Set when the draft re-issues a campaign received from above; then `source` is that campaign. */
  derivation: Derivation | null;
  sourceLabel: string;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: number;
  book_json: string;
  source_json: string | null;
  source_label: string;
  created_at: string;
  updated_at: string;
}

// Written by this app only, but parsed again: a draft that no longer reads is said so, not half-used.
const parseBook = (json: string): CampaignBook => CampaignBookSchema.parse(JSON.parse(json));

const DerivedSourceSchema = z
  .object({ derivedFrom: z.object({ parentId: z.string().min(1), parentManifestSha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(), book: z.unknown() })
  .strict();

function parseSource(json: string | null): { source: CampaignBook | null; derivation: Derivation | null } {
  if (json === null) return { source: null, derivation: null };
  const raw: unknown = JSON.parse(json);
  if (raw !== null && typeof raw === 'object' && 'derivedFrom' in raw) {
    const wrapped = DerivedSourceSchema.parse(raw);
    return { source: CampaignBookSchema.parse(wrapped.book), derivation: wrapped.derivedFrom };
  }
  return { source: CampaignBookSchema.parse(raw), derivation: null };
}

const toDraft = (r: Row): DeskDraftRow => ({
  id: r.id,
  book: parseBook(r.book_json),
  ...parseSource(r.source_json),
  sourceLabel: r.source_label,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function deskDrafts(db: Db) {
  const COLS = 'id, book_json, source_json, source_label, created_at, updated_at';
  return {
    list: (): DeskDraftRow[] => db.prepare<[], Row>(`SELECT ${COLS} FROM campaign_drafts ORDER BY updated_at DESC, id DESC`).all().map(toDraft),
    get(id: number): DeskDraftRow {
      const row = db.prepare<[number], Row>(`SELECT ${COLS} FROM campaign_drafts WHERE id = ?`).get(id);
      if (!row) throw new AppError('E_DESK_DRAFT_UNKNOWN', `Không còn bản nháp đợt báo cáo số ${id} (có thể đã ban hành hoặc đã xóa). Hãy mở lại trang «Đợt báo cáo».`);
      return toDraft(row);
    },
    insert(book: CampaignBook, source: CampaignBook | null, sourceLabel: string, now: string, derivation: Derivation | null = null): number {
      const sourceJson = source === null ? null : JSON.stringify(derivation ? { derivedFrom: derivation, book: source } : source);
      return Number(
        db
          .prepare('INSERT INTO campaign_drafts (book_json, source_json, source_label, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
          .run(JSON.stringify(book), sourceJson, sourceLabel, now, now).lastInsertRowid,
      );
    },
    update(id: number, book: CampaignBook, now: string): void {
      db.prepare('UPDATE campaign_drafts SET book_json = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(book), now, id);
    },
    remove: (id: number): void => void db.prepare('DELETE FROM campaign_drafts WHERE id = ?').run(id),
  };
}

import type { Db } from '../db/open-database';

export interface ProfileRow {
  unitCode: string;
  signerName: string;
  signerTitle: string;
  authorityLine: string;
  documentNumber: string;
  documentSymbol: string;
  place: string;
  campaignId: string;
  createdAt: string;
  updatedAt: string;
}

export function createProfileRepo(db: Db) {
  const getQ = db.prepare<[], ProfileRow>(
    `SELECT unit_code AS unitCode, signer_name AS signerName, signer_title AS signerTitle,
       authority_line AS authorityLine, document_number AS documentNumber, document_symbol AS documentSymbol,
       place, campaign_id AS campaignId, created_at AS createdAt, updated_at AS updatedAt
     FROM profile WHERE id = 1`,
  );
  const upsertQ = db.prepare(
    `INSERT INTO profile (id, unit_code, signer_name, signer_title, authority_line, document_number,
       document_symbol, place, campaign_id, created_at, updated_at)
     VALUES (1, @unitCode, @signerName, @signerTitle, @authorityLine, @documentNumber, @documentSymbol,
       @place, @campaignId, @now, @now)
     ON CONFLICT(id) DO UPDATE SET unit_code = excluded.unit_code, signer_name = excluded.signer_name,
       signer_title = excluded.signer_title, authority_line = excluded.authority_line,
       document_number = excluded.document_number, document_symbol = excluded.document_symbol,
       place = excluded.place, campaign_id = excluded.campaign_id, updated_at = excluded.updated_at`,
  );
  const useQ = db.prepare('UPDATE profile SET campaign_id = ?, updated_at = ? WHERE id = 1');
  return {
    get: (): ProfileRow | null => getQ.get() ?? null,
    /** The campaign the editor and `draft` commands work on: state of the install, not of the services. */
    useCampaign(campaignId: string, now: string): void {
      useQ.run(campaignId, now);
    },
    save(p: Omit<ProfileRow, 'createdAt' | 'updatedAt'>, now: string): void {
      upsertQ.run({ ...p, now });
    },
  };
}

export type ProfileRepo = ReturnType<typeof createProfileRepo>;

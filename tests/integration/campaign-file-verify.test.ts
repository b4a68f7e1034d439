// Every hostile campaign file is refused by the shared verifier with its own stable code, and a valid
// one verifies; the same corpus at a unit changes nothing (SPEC §9, the package verifier's classes).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCampaignFile, verifyCampaignFile } from '../../electron/services/campaigns/campaign-file';
import { checkWorkbook } from '../../electron/services/campaigns/workbook';
import { openAppServices } from '../../electron/services/app-services';
import { databasePath } from '../../electron/services/data-dir';
import { AppError } from '../../shared/errors';
import { campaignCases, validCampaignFile } from '../fixtures/hostile/cases-campaign';
import { snapshotDatabase } from '../helpers/db-snapshot';
import { useTempDirs } from '../helpers/temp';
import { unionWorkbookBytes } from '../helpers/union-campaign';

const tempDir = useTempDirs();
const checked = await checkWorkbook(await unionWorkbookBytes(), 'dot.xlsx');
if (!checked.ok) throw new Error('the union workbook does not build');
const book = checked.book;
const valid = await validCampaignFile(book);
const cases = campaignCases(valid, book);

/** A case whose file is grown sparse on disk is grown in memory here. */
const bytesOf = (c: (typeof cases)[number]): Buffer => (c.sparseSize === undefined ? c.bytes : Buffer.concat([c.bytes, Buffer.alloc(c.sparseSize - c.bytes.length)]));

const codeOf = async (bytes: Buffer): Promise<string> => {
  try {
    await verifyCampaignFile(bytes);
    return 'accepted';
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
};

describe('campaign file verification', () => {
  it('verifies the valid file: the campaign and its units, the full signing key', async () => {
    const v = await verifyCampaignFile(valid);
    expect(v.book).toStrictEqual(book);
    expect(v.manifest).toMatchObject({ format: 'tongket.campaign/1', campaignId: book.campaign.id, templateVersion: 1, issue: 1, issuer: { code: 'LDLD-LAICHAU' }, derivedFrom: null });
    expect(isCampaignFile(valid)).toBe(true);
  });

  for (const c of cases) {
    it(`refuses ${c.file} (${c.why}) with ${c.code}`, async () => {
      expect(await codeOf(bytesOf(c))).toBe(c.code);
    });
  }

  it('at a unit, importing every hostile file leaves the database as it was', async () => {
    const dir = join(tempDir(), 'data');
    mkdirSync(dir);
    const s = openAppServices({ dataDir: dir, create: true });
    try {
      await s.api.saveProfile({ unitCode: 'LDLD-TAMDUONG' });
      const before = snapshotDatabase(databasePath(dir));
      const lines = await s.api.importUploads({ files: cases.filter((c) => c.sparseSize === undefined && c.bytes.length < 1_000_000).map((c) => ({ name: c.file, dataBase64: c.bytes.toString('base64') })) });
      expect(lines.filter((l) => l.outcome !== 'rejected')).toEqual([]);
      expect(snapshotDatabase(databasePath(dir))).toEqual(before);
    } finally {
      s.close();
    }
  });
});

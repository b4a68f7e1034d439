// Campaign files a unit must refuse with nothing changed (SPEC §9): a lower version than the one it
// has, the same identity with other content, a file signed by a key registered for another unit, a
// campaign that re-parents or renames a unit already in the directory. Also: a held campaign file is
// refused by refusing its key (as held packages are), and a first run from a campaign file that fails
// leaves nothing half set up.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../electron/services/app-services';
import { buildCampaignFile } from '../../electron/services/campaigns/campaign-file';
import { importCampaignFile } from '../../electron/services/campaigns/campaign-import';
import { setupFromCampaign } from '../../electron/services/campaigns/campaign-setup';
import { checkWorkbook } from '../../electron/services/campaigns/workbook';
import { databasePath } from '../../electron/services/data-dir';
import { fingerprint, type SecretKey } from '../../electron/services/signing/minisign';
import type { CampaignBook } from '../../shared/campaign/book';
import { AppError } from '../../shared/errors';
import { CAMPAIGN_CREATED_AT } from '../fixtures/hostile/cases-campaign';
import { KEY_A, KEY_B } from '../fixtures/hostile/test-keys';
import { snapshotDatabase } from '../helpers/db-snapshot';
import { tongket } from '../helpers/cli';
import { useTempDirs } from '../helpers/temp';
import { UNION_CAMPAIGN_ID, unionWorkbookBytes } from '../helpers/union-campaign';

const tempDir = useTempDirs();
const checked = await checkWorkbook(await unionWorkbookBytes(), 'dot.xlsx');
if (!checked.ok) throw new Error('the union workbook does not build');
const base: CampaignBook = checked.book;
const PROVINCE = { code: 'LDLD-LAICHAU', name: 'Liên đoàn Lao động tỉnh Lai Châu', level: 'ldld-tinh' };

/** A campaign file of the province, changed by `edit`, signed by `secret` (the province's key unless said). */
async function fileOf(edit: (b: CampaignBook) => CampaignBook = (b) => b, secret: SecretKey = KEY_A): Promise<Buffer> {
  const book = edit(structuredClone(base));
  const built = await buildCampaignFile({ book, issuer: PROVINCE, signer: { name: 'A', title: 'CHỦ TỊCH' }, derivedFrom: null, createdAt: CAMPAIGN_CREATED_AT, appVersion: '0.0.0-test', secret });
  return built.bytes;
}

const issue = (n: number, version = 1) => (b: CampaignBook): CampaignBook => ({ ...b, issue: n, campaign: { ...b.campaign, template: { ...b.campaign.template, version } } });

function openUnit(): AppServices {
  const dir = join(tempDir(), 'data');
  mkdirSync(dir);
  return openAppServices({ dataDir: dir, create: true });
}

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return 'accepted';
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
};

const incoming = (bytes: Buffer) => ({ source: 'dot.tongket-campaign', bytes, receivedAt: new Date(), receivedBasis: 'import' as const });

describe('campaign files a unit refuses, nothing changed', () => {
  it('a lower version, the same identity with other content, another unit’s key, a re-parent or a rename', async () => {
    const s = openUnit();
    try {
      // A unit under another parent, already in this directory.
      s.ctx.units.add({ code: 'CDCS-MUONGSO', name: 'Công đoàn cơ sở Mường So', shortName: 'Mường So', levelId: 'cdcs', parentCode: 'LDLD-TAMDUONG', place: 'Lai Châu' }, new Date().toISOString());
      // The unit runs issue 2 of version 2; its parent's key is registered by the fingerprint read.
      await setupFromCampaign(s.ctx, await fileOf(issue(2, 2)), 'CDP-TANPHONG', fingerprint(KEY_A));
      // A key registered here for another unit.
      s.ctx.keys.registerForeign('LDLD-SINHO', { keyId: KEY_B.keyId, key: KEY_B.key }, new Date().toISOString());
      const before = snapshotDatabase(databasePath(s.dataDir));

      expect(await codeOf(importCampaignFile(s.ctx, incoming(await fileOf(issue(1, 2)))))).toBe('E_CAMPAIGN_VERSION');
      expect(await codeOf(importCampaignFile(s.ctx, incoming(await fileOf(issue(3, 1)))))).toBe('E_CAMPAIGN_VERSION');
      const other = (b: CampaignBook): CampaignBook => ({ ...issue(2, 2)(b), campaign: { ...issue(2, 2)(b).campaign, title: `${b.campaign.title} (sửa)` } });
      expect(await codeOf(importCampaignFile(s.ctx, incoming(await fileOf(other))))).toBe('E_CAMPAIGN_CONFLICT');
      expect(await codeOf(importCampaignFile(s.ctx, incoming(await fileOf(issue(3, 2), KEY_B))))).toBe('E_KEY_UNIT');
      const reparent = (b: CampaignBook): CampaignBook => ({
        ...issue(3, 2)(b),
        units: [...b.units, { code: 'CDCS-MUONGSO', name: 'Công đoàn cơ sở Mường So', shortName: 'Mường So', levelId: 'cdcs', parentCode: PROVINCE.code, place: 'Lai Châu' }],
      });
      const r = await importCampaignFile(s.ctx, incoming(await fileOf(reparent))).catch((e: AppError) => e);
      expect(r).toBeInstanceOf(AppError);
      expect((r as AppError).code).toBe('E_CAMPAIGN_UNITS');
      expect((r as AppError).message).toContain('CDCS-MUONGSO: cấp trên ở đây là LDLD-TAMDUONG');
      const rename = (b: CampaignBook): CampaignBook => ({ ...issue(3, 2)(b), units: b.units.map((u) => (u.code === 'CDP-DOANKET' ? { ...u, name: 'Công đoàn phường Đoàn Kết (mới)' } : u)) });
      expect(await codeOf(importCampaignFile(s.ctx, incoming(await fileOf(rename))))).toBe('E_CAMPAIGN_UNITS');

      expect(snapshotDatabase(databasePath(s.dataDir))).toEqual(before);
      expect(s.ctx.units.get('CDCS-MUONGSO')?.parentCode).toBe('LDLD-TAMDUONG');
      // The identical file again is "already imported", not an error.
      expect((await importCampaignFile(s.ctx, incoming(await fileOf(issue(2, 2))))).outcome).toBe('duplicate');
    } finally {
      s.close();
    }
  });
});

describe('a held campaign file and its key', () => {
  it('is refused by refusing the key, as held packages are: the campaign goes, the file is kept as refused', async () => {
    const s = openUnit();
    try {
      const setup = await setupFromCampaign(s.ctx, await fileOf(), 'CDP-TANPHONG');
      expect(setup.line.outcome).toBe('held');
      const fp = fingerprint(KEY_A);
      const keys = await s.api.listKeys({});
      expect(keys.filter((k) => !k.own)).toEqual([]);
      // The UI's refuse, by the fingerprint shown on the held line.
      const d = await s.api.refuseKey({ keyId: setup.line.keyId as string, keyFingerprint: fp });
      expect(d.released.map((l) => [l.outcome, l.code])).toEqual([['rejected', 'E_SIGNATURE']]);
      expect((await s.api.listCampaigns({})).map((c) => c.id)).not.toContain(UNION_CAMPAIGN_ID);
      // Refused, not trusted: the key is not registered, and the same file again is not applied silently.
      expect((await s.api.listKeys({})).filter((k) => !k.own)).toEqual([]);
      const again = await importCampaignFile(s.ctx, incoming(await fileOf()));
      expect(again.outcome).toBe('duplicate');
      expect(again.message).toContain('đã bị từ chối');
    } finally {
      s.close();
    }
  });
});

describe('the first run from a campaign file', () => {
  it('is one transaction: a refusal after the unit and profile were written leaves nothing set up', async () => {
    const s = openUnit();
    try {
      const before = snapshotDatabase(databasePath(s.dataDir));
      // The file renames a unit of this directory: found only at the import, after the setup steps.
      const renames = await fileOf((b) => ({
        ...b,
        units: [...b.units, { code: 'LDLD-TAMDUONG', name: 'Tên khác', shortName: 'Khác', levelId: 'ldld-huyen', parentCode: PROVINCE.code, place: 'Lai Châu' }],
      }));
      expect(await codeOf(setupFromCampaign(s.ctx, renames, 'CDP-TANPHONG', fingerprint(KEY_A)))).toBe('E_CAMPAIGN_UNITS');
      expect(snapshotDatabase(databasePath(s.dataDir))).toEqual(before);
      expect(await s.api.getProfile({})).toBeNull();
      expect(s.ctx.units.get('CDP-TANPHONG')).toBeNull();
      // A sound file then sets up the unit in one step.
      const ok = await setupFromCampaign(s.ctx, await fileOf(), 'CDP-TANPHONG', fingerprint(KEY_A));
      expect(ok.line.outcome).toBe('accepted');
      expect(ok.profile.parent?.code).toBe(PROVINCE.code);
    } finally {
      s.close();
    }
  });
});

describe('tongket key refuse', () => {
  it('refuses a campaign file held for its key: listed as held, then gone from the campaigns', async () => {
    const dir = tempDir();
    const file = join(dir, 'dot.tongket-campaign');
    writeFileSync(file, await fileOf());
    const data = join(dir, 'xa');
    const run = (args: string[]) => {
      const r = tongket(['--data', data, ...args]);
      if (r.code !== 0) throw new Error(`tongket ${args.join(' ')} → ${r.code}\n${r.stdout}\n${r.stderr}`);
      return r.stdout;
    };
    expect(run(['setup', '--unit', 'CDP-TANPHONG', '--campaign', file, '--signer', 'Lò Thị Xã'])).toContain('Tạm giữ đợt');
    const fp = fingerprint(KEY_A);
    expect(JSON.parse(run(['--json', 'key', 'held']))).toEqual([{ keyId: expect.any(String) as string, fingerprint: fp, units: [PROVINCE.code], packages: 0, receipts: 0, campaigns: 1 }]);
    expect(run(['key', 'refuse', fp])).toContain(`Đã từ chối đợt ${UNION_CAMPAIGN_ID}`);
    expect((JSON.parse(run(['--json', 'campaign', 'list'])) as { id: string }[]).map((c) => c.id)).not.toContain(UNION_CAMPAIGN_ID);
    expect(JSON.parse(run(['--json', 'key', 'held']))).toEqual([]);
  });
});

// A derived campaign made in the province's campaign desk (SPEC §9, issue 15), services under Node on real
// SQLite: the confederation issues a campaign to the province (CLI); the province starts a derived draft
// from it in the desk, changes only what a derived campaign may change, compares and issues it through
// the same path as `campaign derive`; a district unit sets up from the file. A draft that changes the
// template is refused, by the save and by a workbook upload, and nothing is issued.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../electron/services/app-services';
import { sha256Hex } from '../../electron/services/package/hashing';
import { passphraseProtector } from '../../electron/services/signing/passphrase-protector';
import type { DeskSettings } from '../../shared/api/desk-contract';
import type { DeskDraft } from '../../shared/api/desk-types';
import { CAMPAIGN_ENTRY } from '../../shared/campaign/file-manifest';
import { campaignToRows } from '../../shared/campaign/workbook/index';
import { MANIFEST_ENTRY } from '../../shared/package/manifest';
import { writeWorkbookRows } from '../../electron/services/campaigns/workbook-file';
import { entriesOf, entryData } from '../fixtures/hostile/base-package';
import { TEST_PASSPHRASE, tongketOk } from '../helpers/cli';
import { FIXED_NOW } from '../helpers/services';
import { useTempDirs } from '../helpers/temp';
import { UNION_CAMPAIGN_ID, confederationSheets, writeUnionWorkbook } from '../helpers/union-campaign';

const tempDir = useTempDirs();

const ok = (args: string[]): string => tongketOk(args);


function settingsOf(d: DeskDraft): DeskSettings {
  const c = d.book.campaign;
  return {
    campaignId: c.id,
    title: c.title,
    summaryLine: c.summaryLine,
    opening: c.opening,
    closing: c.closing ?? '',
    issue: d.book.issue,
    period: c.period,
    documents: c.documents,
    deadlines: c.deadlines.map((x) => ({ levelId: x.levelId, finish: x.finish, send: x.send ?? null })),
    unitCodes: d.book.units.map((u) => u.code),
    sections: c.template.sections.map((s) => ({ number: s.number, title: s.title, guidance: s.guidance })),
  };
}

/** The confederation issues to the province, which receives the file and confirms the key (CLI). */
async function received(dir: string): Promise<{ parentFile: string; province: AppServices; out: string }> {
  const tld = join(dir, 'tld');
  const provinceDir = join(dir, 'tinh');
  ok(['--data', tld, 'setup', '--unit', 'TLD', '--signer', 'Nguyễn Văn Tổng']);
  const wb = join(dir, 'tld.xlsx');
  await writeUnionWorkbook(wb, confederationSheets());
  const fromTld = JSON.parse(ok(['--data', tld, '--json', 'campaign', 'issue', wb, '--out', join(dir, 'tld-gui')])) as { file: string; fingerprint: string };
  ok(['--data', provinceDir, 'setup', '--unit', 'LDLD-LAICHAU', '--signer', 'Nguyễn Văn Tỉnh']);
  ok(['--data', provinceDir, 'import', fromTld.file]);
  ok(['--data', provinceDir, 'key', 'confirm', 'X', '--fingerprint', fromTld.fingerprint]);
  const out = join(dir, 'tinh-gui');
  const province = openAppServices({
    dataDir: provinceDir,
    create: false,
    clock: () => FIXED_NOW,
    host: { appVersion: '0.1.0', secrets: async () => passphraseProtector(TEST_PASSPHRASE), chooseExportDir: async () => out },
  });
  return { parentFile: fromTld.file, province, out };
}

async function startDerived(province: AppServices): Promise<DeskDraft> {
  const overview = await province.api.deskOverview({});
  expect(overview.received.map((c) => c.id)).toContain(UNION_CAMPAIGN_ID);
  const started = await province.api.startDeskDraft({ deriveFrom: UNION_CAMPAIGN_ID });
  if (!started.ok) throw new Error(JSON.stringify(started.problems));
  return started.draft;
}

describe('a derived campaign in the campaign desk', () => {
  it('derives the confederation’s campaign, issues it as `campaign derive` does, and a unit sets up from it', async () => {
    const dir = tempDir();
    const { parentFile, province, out } = await received(dir);
    try {
      const draft = await startDerived(province);
      expect(draft.derivedFrom).toBe(UNION_CAMPAIGN_ID);
      expect(draft.hasSource).toBe(true);
      expect(draft.book.campaign.id).not.toBe(UNION_CAMPAIGN_ID);
      // It expects the province's own units in service, with one deadline for their level.
      expect(draft.book.units.map((u) => u.code)).toContain('LDLD-TAMDUONG');
      expect(draft.book.units.every((u) => u.parentCode === 'LDLD-LAICHAU')).toBe(true);
      expect(draft.book.campaign.deadlines.map((d) => d.levelId)).not.toContain('ldld-tinh');
      // The derivation is stored with the draft and read back with it.
      expect((await province.api.getDeskDraft({ id: draft.id })).derivedFrom).toBe(UNION_CAMPAIGN_ID);

      const base = settingsOf(draft);
      const saved = await province.api.saveDeskDraft({
        id: draft.id,
        settings: {
          ...base,
          campaignId: 'LC-6T-2027',
          title: 'Sơ kết công tác công đoàn 6 tháng đầu năm 2027 (tỉnh Lai Châu)',
          opening: 'Thực hiện Kế hoạch số 15/KH-LĐLĐ ngày 20/5/2027 của Liên đoàn Lao động tỉnh Lai Châu, {unit} báo cáo như sau:',
          documents: [{ ref: '15/KH-LĐLĐ', date: '2027-05-20', issuer: 'Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu', title: 'Kế hoạch sơ kết 6 tháng đầu năm 2027' }],
          deadlines: base.deadlines.map((d) => ({ ...d, finish: '2027-06-22', send: '2027-06-26' })),
          unitCodes: ['LDLD-TAMDUONG', 'LDLD-PHONGTHO'],
        },
      });
      expect(saved.problems).toEqual([]);
      const diff = await province.api.compareDeskDraft({ id: draft.id });
      expect(diff.entries.map((e) => `${e.kind} ${e.change} ${e.id}`)).toEqual(expect.arrayContaining(['setting changed id', 'setting changed title', 'setting changed deadlines']));
      expect(diff.entries.filter((e) => e.kind === 'section' || e.kind === 'field' || e.kind === 'indicator' || e.kind === 'rule')).toEqual([]);

      const issued = await province.api.issueDeskDraft({ id: draft.id });
      expect(issued.fileName).toBe('LC-6T-2027_v1.tongket-campaign');
      expect(issued.emailBody).toContain('22/06/2027');
      expect((await province.api.deskOverview({})).drafts).toEqual([]);
      const entries = entriesOf(readFileSync(issued.file));
      const manifest = JSON.parse(entryData(entries, MANIFEST_ENTRY).toString('utf8')) as { derivedFrom: string | null };
      expect(manifest.derivedFrom).toBe(sha256Hex(entryData(entriesOf(readFileSync(parentFile)), MANIFEST_ENTRY)));
      const book = JSON.parse(entryData(entries, CAMPAIGN_ENTRY).toString('utf8')) as { campaign: { template: unknown; period: unknown } };
      const parent = JSON.parse(entryData(entriesOf(readFileSync(parentFile)), CAMPAIGN_ENTRY).toString('utf8')) as { campaign: { template: unknown; period: unknown } };
      expect(book.campaign.template).toEqual(parent.campaign.template);
      expect(book.campaign.period).toEqual(parent.campaign.period);
      expect(issued.publicKeyFile).toBe(join(out, 'LDLD-LAICHAU.pub'));

      // A district unit sets up from the derived file and reports on it.
      const unit = join(dir, 'tamduong');
      ok(['--data', unit, 'setup', '--unit', 'LDLD-TAMDUONG', '--campaign', issued.file, '--confirm', issued.fingerprint, '--signer', 'Lò Văn Huyện']);
      const shown = JSON.parse(ok(['--data', unit, 'draft', 'show', '--json'])) as { campaignId: string };
      expect(shown.campaignId).toBe('LC-6T-2027');
    } finally {
      province.close();
    }
  }, 600_000);

  it('refuses a derived draft that changes the template, by the page and by a workbook', async () => {
    const dir = tempDir();
    const { province } = await received(dir);
    try {
      const draft = await startDerived(province);
      const base = settingsOf(draft);
      const guidance = base.sections.map((s, i) => (i === 0 ? { ...s, guidance: ['Một hướng dẫn riêng của tỉnh.'] } : s));
      await expect(province.api.saveDeskDraft({ id: draft.id, settings: { ...base, sections: guidance } })).rejects.toMatchObject({ code: 'E_CAMPAIGN_DERIVE' });
      await expect(province.api.saveDeskDraft({ id: draft.id, settings: { ...base, period: { from: '2027-01', to: '2027-12' } } })).rejects.toMatchObject({ code: 'E_CAMPAIGN_DERIVE' });
      expect((await province.api.getDeskDraft({ id: draft.id })).book).toEqual(draft.book);

      // A workbook of the draft with a changed template version is listed by row and changes nothing.
      const rows = campaignToRows({ ...draft.book, campaign: { ...draft.book.campaign, template: { ...draft.book.campaign.template, version: 2 } } });
      const bytes = await writeWorkbookRows(rows);
      const upload = await province.api.uploadDeskWorkbook({ id: draft.id, file: { name: 'mau-moi.xlsx', dataBase64: bytes.toString('base64') } });
      expect(upload.ok).toBe(false);
      if (upload.ok) return;
      expect(upload.problems.map((p) => p.message).join('\n')).toContain('Phiên bản mẫu');
      expect((await province.api.getDeskDraft({ id: draft.id })).book).toEqual(draft.book);

      // A workbook with only the derived campaign's own sheets is taken, the template kept.
      const own = campaignToRows({ ...draft.book, campaign: { ...draft.book.campaign, id: 'LC-6T-2027', title: 'Tên mới của tỉnh' } }).filter((s) =>
        ['Đợt báo cáo', 'Văn bản căn cứ', 'Thời hạn', 'Đơn vị'].includes(s.name),
      );
      const good = await province.api.uploadDeskWorkbook({ id: draft.id, file: { name: 'rieng.xlsx', dataBase64: (await writeWorkbookRows(own)).toString('base64') } });
      if (!good.ok) throw new Error(JSON.stringify(good.problems));
      expect([good.draft.book.campaign.id, good.draft.book.campaign.title, good.draft.derivedFrom]).toEqual(['LC-6T-2027', 'Tên mới của tỉnh', UNION_CAMPAIGN_ID]);
      expect(good.draft.book.campaign.template).toEqual(draft.book.campaign.template);
    } finally {
      province.close();
    }
  }, 600_000);
});

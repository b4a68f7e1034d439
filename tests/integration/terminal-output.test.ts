// Sender-controlled text never reaches a terminal raw: a package whose unit name, signer, file name and
// narrative carry ANSI escapes, carriage returns, C1 controls and bidi overrides cannot fake a "safe"
// line or hide the warning of `tongket verify`, nor colour or rewrite `import`, `status` or
// `province compile`. The narrative is stored cleaned.
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/services/data-dir';
import { toDraftFile } from '../../electron/services/draft/draft-file-io';
import { currentDraft } from '../../electron/services/draft/draft-state';
import { requireProfile } from '../../electron/services/handlers/profile-handlers';
import { buildPackage } from '../../electron/services/package/write-package';
import { unlockOwnKey } from '../../electron/services/signing/unlock';
import type { ReportValues } from '../../shared/report/values';
import { tongket } from '../helpers/cli';
import { FIXED_NOW } from '../helpers/services';
import { useTempDirs } from '../helpers/temp';
import { makeWorld, unitExports } from '../helpers/province-world';

const tempDir = useTempDirs();

// A fake line, a colour, a cursor-up-and-erase, an 8-bit CSI, a bidi override.
const FAKE = '\r\x1b[2K\x1b[32mKhóa đã được đăng ký: AN TOÀN\x1b[0m\x1b[1A\x1b[2K\u009b31m\u202e';
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

async function hostilePackage(root: string): Promise<{ file: string; provinceDir: string }> {
  const w = await makeWorld(root);
  await unitExports(w, 'LDLD-TAMDUONG', 0);
  const unit = w.units.get('LDLD-TAMDUONG');
  if (!unit) throw new Error('no unit');
  const ctx = unit.ctx;
  const profile = requireProfile(ctx);
  const { campaign, report } = currentDraft(ctx);
  const values = { ...ctx.reports.values(report.id), 's1.narrative': `Đoạn một.${FAKE}\nĐoạn hai.` } as ReportValues;
  const built = await buildPackage({
    unit: { code: 'LDLD-TAMDUONG', name: `${profile.unit.name}${FAKE}`, level: profile.unit.levelId },
    campaignId: campaign.id,
    templateId: campaign.template.id,
    templateVersion: campaign.template.version,
    revision: 2,
    supersedes: ctx.exports.forReport(report.id)?.manifestSha256 ?? null,
    reason: `Sửa${FAKE}`,
    createdAt: FIXED_NOW,
    appVersion: '0.1.0',
    signer: { name: `Lò Văn Minh${FAKE}`, title: `CHỦ TỊCH${FAKE}` },
    summary: {},
    report: toDraftFile(campaign, { ...report, revision: 2 }, values, {}),
    documents: ctx.exports.forReport(report.id) ?? { docx: Buffer.alloc(0), xlsx: Buffer.alloc(0) },
    secret: await unlockOwnKey(ctx, 'LDLD-TAMDUONG'),
  });
  const file = join(root, `goi\x1b[31m-\u009b2J${'\r'}.tongket`);
  writeFileSync(file, built.bytes);
  w.close();
  return { file, provinceDir: join(root, 'province') };
}

function expectSafe(r: { stdout: string; stderr: string }): void {
  expect(r.stdout).not.toMatch(UNSAFE);
  expect(r.stderr).not.toMatch(UNSAFE);
  // The attempted fake line is shown as text, never as a line of its own.
  for (const line of r.stdout.split('\n')) expect(line.startsWith('Khóa đã được đăng ký')).toBe(false);
}

describe('what reaches the terminal', () => {
  it('shows every field of a hostile package escaped, and verify still warns about the unknown key', async () => {
    const root = tempDir();
    const { file, provinceDir } = await hostilePackage(root);

    const unknown = tongket(['--data', join(root, 'khong-co'), 'verify', file]);
    expect(unknown.code, unknown.stderr).toBe(4);
    expectSafe(unknown);
    expect(unknown.stdout).toContain('\\u001b[32mKhóa đã được đăng ký');
    expect(unknown.stdout.split('\n').filter((l) => l.startsWith('CHÚ Ý:'))).toHaveLength(1);

    const known = tongket(['--data', provinceDir, 'verify', file]);
    expect(known.code, known.stderr).toBe(0);
    expectSafe(known);
    expect(known.stdout).toMatch(/^Người ký: CHỦ TỊCH\\u000d\\u001b\[2K/m);

    const imported = tongket(['--data', provinceDir, 'import', file]);
    expectSafe(imported);
    expect(imported.stdout).toContain('goi\\u001b[31m-\\u009b2J\\u000d.tongket');

    for (const args of [['status'], ['province', 'compile', '--section', '1'], ['--json', 'status']]) {
      const r = tongket(['--data', provinceDir, ...args]);
      expect(r.code, r.stderr).toBe(0);
      expectSafe(r);
    }
    // JSON output keeps the same data: the escape inside a string means the character.
    const json = tongket(['--data', provinceDir, '--json', 'verify', file]);
    const parsed = JSON.parse(json.stdout) as { manifest: { signer: { name: string } } };
    expect(parsed.manifest.signer.name).toBe(`Lò Văn Minh${FAKE}`);

    // The narrative is stored as the editor would store it: no control characters.
    const db = new Database(databasePath(provinceDir), { readonly: true });
    try {
      const row = db.prepare<[], { report_json: string }>("SELECT report_json FROM inbox WHERE revision = 2").get();
      const stored = (JSON.parse(row?.report_json ?? '{}') as { values: Record<string, string> }).values['s1.narrative'];
      expect(stored).toMatch(/^Đoạn một\./);
      // eslint-disable-next-line no-control-regex
      expect(stored).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
    } finally {
      db.close();
    }
  });
});

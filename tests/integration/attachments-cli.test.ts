// Issue 17, attachments through the command line: a unit attaches the signed scan (PDF) and a photo
// (JPEG) with `tongket export --attach`, the province imports the package, lists the attachments and
// saves them byte for byte; a PNG named .pdf is refused at export and changes nothing.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttachmentInfo } from '../../shared/api/attachment-types';
import { ManifestSchema } from '../../shared/package/manifest';
import { openSafeZip } from '../../electron/services/package/zip-read';
import { sha256Hex } from '../../electron/services/package/hashing';
import { makeAttachmentFiles, type AttachmentFiles } from '../helpers/attachment-files';
import { tongket } from '../helpers/cli';
import { GOOD_SAMPLE, readFixture } from '../helpers/fixtures';

let root: string;
let files: AttachmentFiles;
const UNIT = 'LDLD-TAMDUONG';

const run = (args: string[]) => tongket(args);
const ok = (args: string[]): string => {
  const r = run(args);
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r.stdout;
};

function setUpUnit(name: string): string {
  const data = join(root, name, 'data');
  ok(['--data', data, 'setup', '--unit', UNIT, '--signer', 'Lò Văn Minh', '--title', 'CHỦ TỊCH']);
  const draft = join(root, name, 'draft.json');
  writeFileSync(draft, JSON.stringify({ ...readFixture(GOOD_SAMPLE), unitCode: UNIT }));
  ok(['--data', data, 'draft', 'load', draft]);
  return data;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tongket-attachments-'));
  files = await makeAttachmentFiles(root);
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('tongket export --attach, then the province', () => {
  it('carries a PDF scan and a JPEG photo to the province byte for byte', async () => {
    const data = setUpUnit('unit');
    const out = join(root, 'unit', 'out');
    const exported = ok(['--data', data, 'export', '--out', out, '--attach', files.scanPdf, files.photoJpeg]);
    expect(exported).toContain('attachments/Bao cao da ky dong dau.pdf');
    expect(exported).toContain('attachments/hoi-nghi.jpg');

    // Listed in the signed manifest with their size, hash and type.
    const pkgFile = join(out, `${UNIT}_1563-TK-2023_r1.tongket`);
    const zip = await openSafeZip(readFileSync(pkgFile));
    const manifest = ManifestSchema.parse(JSON.parse((await zip.read('manifest.json')).toString('utf8')));
    zip.close();
    const listed = manifest.files.filter((f) => f.path.startsWith('attachments/'));
    expect(listed).toEqual([
      { path: 'attachments/Bao cao da ky dong dau.pdf', size: readFileSync(files.scanPdf).length, sha256: sha256Hex(readFileSync(files.scanPdf)), mediaType: 'application/pdf' },
      { path: 'attachments/hoi-nghi.jpg', size: readFileSync(files.photoJpeg).length, sha256: sha256Hex(readFileSync(files.photoJpeg)), mediaType: 'image/jpeg' },
    ]);
    // minisign checks the manifest that lists them.
    const pub = join(root, 'unit', `${UNIT}.pub`);
    ok(['--data', data, 'key', 'export', '--out', pub]);
    expect(run(['verify', pkgFile, '--pub', pub]).code).toBe(0);

    const province = join(root, 'province');
    ok(['--data', province, 'setup', '--unit', 'LDLD-LAICHAU', '--signer', 'Nguyễn Thị Thiện']);
    const fingerprint = (JSON.parse(ok(['--data', data, '--json', 'key', 'export', '--out', pub])) as { fingerprint: string }).fingerprint;
    ok(['--data', province, 'key', 'register', pub, '--confirm', fingerprint]);
    ok(['--data', province, 'import', pkgFile]);

    const list = JSON.parse(ok(['--data', province, '--json', 'attachments', 'list', UNIT])) as AttachmentInfo[];
    expect(list.map((a) => [a.name, a.size])).toEqual([
      ['Bao cao da ky dong dau.pdf', readFileSync(files.scanPdf).length],
      ['hoi-nghi.jpg', readFileSync(files.photoJpeg).length],
    ]);
    const tracker = JSON.parse(ok(['--data', province, '--json', 'status'])) as { unitCode: string; attachments?: number }[];
    expect(tracker.find((r) => r.unitCode === UNIT)?.attachments).toBe(2);

    const saved = join(root, 'saved');
    ok(['--data', province, 'attachments', 'save', UNIT, '--out', saved, '--revision', '1']);
    expect(readdirSync(saved).sort()).toEqual([`${UNIT}_r1_Bao cao da ky dong dau.pdf`, `${UNIT}_r1_hoi-nghi.jpg`]);
    expect(readFileSync(join(saved, `${UNIT}_r1_Bao cao da ky dong dau.pdf`)).equals(readFileSync(files.scanPdf))).toBe(true);
    expect(readFileSync(join(saved, `${UNIT}_r1_hoi-nghi.jpg`)).equals(readFileSync(files.photoJpeg))).toBe(true);
  }, 180_000);

  it('refuses a PNG named .pdf at export, and leaves the revision unsent and without attachments', () => {
    const data = setUpUnit('mislabelled');
    const out = join(root, 'mislabelled', 'out');
    const r = run(['--data', data, 'export', '--out', out, '--attach', files.photoJpeg, files.mislabelled]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('E_ATTACHMENT_TYPE');
    expect(r.stderr).toContain(`«${basename(files.mislabelled)}»`);
    expect(r.stderr).toContain('nội dung không khớp đuôi ".pdf"');
    expect(() => readdirSync(out)).not.toThrow();
    expect(readdirSync(out)).toEqual([]);
    // The photo this command attached first was taken off again; the revision can still be edited.
    expect(ok(['--data', data, 'attachments', 'list'])).toContain('Không có tệp đính kèm.');
    // Sent without it, the package has no attachment at all.
    ok(['--data', data, 'export', '--out', out]);
    expect(readdirSync(out).filter((f) => f.endsWith('.tongket'))).toEqual([`${UNIT}_1563-TK-2023_r1.tongket`]);
  }, 120_000);
});

// Attachments in the real window (issue 17): a unit attaches the signed scan (PDF) with the file chooser
// and a photo (JPEG) by drag and drop on the export page; a PNG named .pdf is refused with its code; the
// files survive a reload and one can be removed before export. The province imports the package, opens
// the row's attachments from the tracker and saves them: the same bytes come out.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSize } from '../../renderer/components/common/format';
import { TEST_PASSPHRASE } from '../helpers/cli';
import { GOOD_SAMPLE, readFixture } from '../helpers/fixtures';
import { makeAttachmentFiles, type AttachmentFiles } from '../helpers/attachment-files';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { startTestHost } from './support/host';
import { setUpUnit, useE2E } from './support/session';
import { AttachmentsPart } from './pages/attachments-part';
import { ExportPage } from './pages/export-page';
import { TrackerPage } from './pages/tracker-page';

const UNIT = 'LDLD-TAMDUONG';
const PACKAGE = `${UNIT}_1563-TK-2023_r1.tongket`;
let root: string;
let files: AttachmentFiles;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tongket-e2e-attach-'));
  files = await makeAttachmentFiles(root);
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('attachments from the export page to the province', () => {
  const e2e = useE2E({ passphrase: TEST_PASSPHRASE });

  it('attaches a PDF scan and a JPEG photo, keeps them over a reload, and the province saves the same bytes', async () => {
    await setUpUnit(e2e.host);
    await e2e.host.services.api.loadDraft({ draft: readFixture(GOOD_SAMPLE) });
    const page = new ExportPage(e2e.page);
    await page.open(e2e.host.url);
    await page.openFromNav();
    const attach = new AttachmentsPart(e2e.page);
    expect(await attach.listed()).toEqual([]);

    const scan = basename(files.scanPdf);
    await attach.choose([files.scanPdf]);
    await attach.drop([files.photoJpeg]);
    expect(await attach.listed()).toEqual([`${scan} (${sizeText(files.scanPdf)})`, `hoi-nghi.jpg (${sizeText(files.photoJpeg)})`]);

    // A PNG named .pdf: refused with its code and a sentence that names the file; nothing else changes.
    await attach.choose([files.mislabelled]);
    const refusal = await attach.refused.textContent();
    expect(refusal).toContain('E_ATTACHMENT_TYPE');
    expect(refusal).toContain('Tệp đính kèm «bien-ban.pdf» bị từ chối: nội dung không khớp đuôi ".pdf"');
    expect(await attach.listed()).toHaveLength(2);
    await screenshot(e2e.page, 'export-attachments');
    expect(await seriousViolations(e2e.page)).toEqual([]);

    // One more photo, then removed before export; the rest is stored, not held by the page.
    await attach.choose([files.photoPng]);
    expect(await attach.listed()).toHaveLength(3);
    await attach.remove('anh.png');
    await page.reload();
    await page.openFromNav();
    expect(await attach.listed()).toEqual([`${scan} (${sizeText(files.scanPdf)})`, `hoi-nghi.jpg (${sizeText(files.photoJpeg)})`]);

    await page.exportNow();
    expect(await page.resultFact('package-file').textContent()).toBe(PACKAGE);
    // Signed into the package: the list stays, without the means to change it.
    expect(await e2e.page.getByRole('button', { name: `Gỡ tệp ${scan}` }).count()).toBe(0);
    expect(await attach.listed()).toHaveLength(2);

    // The province: the unit's key registered, the package imported, the attachments saved from the tracker.
    const province = await startTestHost({ passphrase: TEST_PASSPHRASE });
    try {
      await province.services.api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện', documentNumber: '12' });
      const pub = await e2e.host.services.api.exportPublicKey({});
      await province.services.api.registerKey({ publicKeyText: readFileSync(pub.path, 'utf8'), fingerprint: pub.fingerprint });
      const imported = await province.services.api.importUploads({ files: [{ name: PACKAGE, dataBase64: readFileSync(join(e2e.host.exportsDir, PACKAGE)).toString('base64') }] });
      expect(imported.map((l) => l.outcome)).toEqual(['accepted']);

      const tracker = new TrackerPage(await e2e.newPage());
      await tracker.open(province.url);
      await tracker.openFromNav();
      await tracker.row(UNIT).getByRole('button', { name: 'Tệp đính kèm của LĐLĐ huyện Tam Đường' }).click();
      const dialog = tracker.page.getByTestId('received-attachments');
      await dialog.waitFor();
      expect(await dialog.locator('li').allTextContents()).toEqual([
        expect.stringContaining(`${scan} (${sizeText(files.scanPdf)})`),
        expect.stringContaining(`hoi-nghi.jpg (${sizeText(files.photoJpeg)})`),
      ]);
      await screenshot(tracker.page, 'tracker-attachments');
      expect(await seriousViolations(tracker.page)).toEqual([]);

      const notice = tracker.page.getByTestId('received-attachments-notice');
      for (const [name, original] of [
        [scan, files.scanPdf],
        ['hoi-nghi.jpg', files.photoJpeg],
      ] as const) {
        await tracker.page.getByRole('button', { name: `Lưu tệp ${name}` }).click();
        const saved = join(province.exportsDir, `${UNIT}_r1_${name}`);
        await expect.poll(() => notice.textContent()).toBe(`Đã lưu ${saved}`);
        expect(readFileSync(saved).equals(readFileSync(original)), name).toBe(true);
      }
    } finally {
      await province.stop();
    }
  }, 240_000);
});

const sizeText = (path: string): string => formatSize(readFileSync(path).length);

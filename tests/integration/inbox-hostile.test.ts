// The hostile corpus imported through the province inbox: every file refused with its own code, and
// not one row of the database changed. Then a folder mixing good and bad files, receipts' look-alikes,
// unrelated files and an e-mail without a package: the good one is imported and every other reported.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../electron/services/app-services';
import { databasePath } from '../../electron/services/data-dir';
import { collectPaths } from '../../electron/services/inbox/collect-files';
import { importFiles } from '../../electron/services/inbox/import-files';
import { passphraseProtector } from '../../electron/services/signing/passphrase-protector';
import type { ErrorCode } from '../../shared/errors';
import { VALID_FILE, writeCorpus } from '../fixtures/hostile/generate';
import { registerTestKeys } from '../fixtures/hostile/test-keys';
import { snapshotDatabase } from '../helpers/db-snapshot';
import { buildEml } from '../helpers/eml';

let root: string;
let corpusDir: string;
let services: AppServices;
let index: Record<string, ErrorCode>;
const NOW = new Date('2023-05-21T03:00:00Z');

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tongket-inbox-hostile-'));
  corpusDir = join(root, 'corpus');
  index = await writeCorpus(corpusDir);
  services = openAppServices({
    dataDir: join(root, 'province'),
    create: true,
    clock: () => NOW,
    host: { appVersion: 'test', secrets: async () => passphraseProtector('mật khẩu thử nghiệm'), chooseExportDir: async () => null },
  });
  await services.api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện' });
  registerTestKeys(services.ctx.keys, NOW.toISOString());
}, 120_000);

afterAll(() => {
  services.close();
  rmSync(root, { recursive: true, force: true });
});

describe('hostile packages through the inbox', () => {
  it('are each refused with the expected code, and change no row', async () => {
    const names = Object.keys(index).sort();
    expect(names.length).toBeGreaterThan(40);
    const before = snapshotDatabase(databasePath(services.dataDir));
    const files = names.map((n) => ({ source: n, bytes: readFileSync(join(corpusDir, n)), receivedAt: NOW, receivedBasis: 'import' as const }));
    const lines = await importFiles(services.ctx, files);
    for (const [i, name] of names.entries()) {
      expect({ name, outcome: lines[i]?.outcome, code: lines[i]?.code }).toEqual({ name, outcome: 'rejected', code: index[name] });
      expect(lines[i]?.message).toMatch(/^Từ chối \[E_/);
    }
    expect(snapshotDatabase(databasePath(services.dataDir))).toEqual(before);
  });

  it('a mixed folder imports the good package and reports each other file', async () => {
    const mixed = join(root, 'mixed');
    mkdirSync(mixed);
    copyFileSync(join(corpusDir, VALID_FILE), join(mixed, '1-hop-le.tongket'));
    const [bad] = Object.keys(index).sort();
    copyFileSync(join(corpusDir, bad as string), join(mixed, '2-hong.tongket'));
    writeFileSync(join(mixed, '3-gia-bien-nhan.tongket-receipt'), 'không phải biên nhận');
    writeFileSync(join(mixed, '4-ghi-chu.docx'), 'tệp không liên quan');
    writeFileSync(join(mixed, '5-thu-trong.eml'), buildEml({ date: NOW, subject: 'Thư không có gói', attachments: [] }));
    const { files, skipped } = await collectPaths([mixed], NOW);
    const lines = [...(await importFiles(services.ctx, files)), ...skipped];
    const bySource = Object.fromEntries(lines.map((l) => [l.source, l]));
    expect(bySource['1-hop-le.tongket']).toMatchObject({ outcome: 'accepted', unitCode: 'LDLD-TAMDUONG' });
    expect(bySource['2-hong.tongket']).toMatchObject({ outcome: 'rejected', code: index[bad as string] });
    expect(bySource['3-gia-bien-nhan.tongket-receipt']).toMatchObject({ outcome: 'rejected' });
    expect(bySource['4-ghi-chu.docx']).toMatchObject({ outcome: 'skipped' });
    expect(bySource['5-thu-trong.eml']).toMatchObject({ outcome: 'skipped' });
    expect(lines).toHaveLength(5);
    expect(services.ctx.inbox.current('1563-TK-2023').map((r) => r.unitCode)).toEqual(['LDLD-TAMDUONG']);
  });
});


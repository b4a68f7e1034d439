// Issue 12, through the province's inbox: one bad file never aborts a batch (CLI and web host), the
// time received is the office's and never the sender's, signed but odd data is pointed out, and what
// strangers can make the province store is bounded (quota per unknown key, purge after the holding
// period, refused packages not kept). Packages come from the hostile corpus's generator (fixed keys).
import Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../electron/services/app-services';
import { databasePath } from '../../electron/services/data-dir';
import { receivedTime } from '../../electron/services/inbox/collect-files';
import { HELD_LIMITS } from '../../electron/services/inbox/held-quota';
import { importFiles } from '../../electron/services/inbox/import-files';
import { passphraseProtector } from '../../electron/services/signing/passphrase-protector';
import { keyIdHex } from '../../electron/services/signing/minisign';
import { startWebHost } from '../../electron/web/host';
import type { ImportLine, TrackerRow } from '../../shared/api/inbox-types';
import { REPORT_ENTRY } from '../../shared/package/manifest';
import { buildSamplePackage, entriesOf, manifestOf, resign } from '../fixtures/hostile/base-package';
import { hostileCorpus } from '../fixtures/hostile/generate';
import { KEY_A, KEY_B, KEY_STRANGER, UNIT_A, UNIT_B, registerTestKeys } from '../fixtures/hostile/test-keys';
import { craftZip } from '../fixtures/hostile/zip-craft';
import { TEST_PASSPHRASE, tongket } from '../helpers/cli';
import { snapshotDatabase } from '../helpers/db-snapshot';
import { buildEml } from '../helpers/eml';
import { background } from '../helpers/stamped-buffer';
import { useTempDirs } from '../helpers/temp';

const tempDir = useTempDirs();
const NOW = new Date('2023-05-21T03:00:00Z');
const MB = 1024 * 1024;

function openProvince(dir: string, clock: () => Date = () => NOW): AppServices {
  return openAppServices({
    dataDir: dir,
    create: true,
    clock,
    host: { appVersion: 'test', secrets: async () => passphraseProtector(TEST_PASSPHRASE), chooseExportDir: async () => null },
  });
}

/** A province data folder with the corpus's registry (unit A's and B's keys), closed again. */
async function provinceFolder(): Promise<string> {
  const dir = join(tempDir(), 'province');
  const s = openProvince(dir);
  try {
    await s.api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện' });
    registerTestKeys(s.ctx.keys, NOW.toISOString());
  } finally {
    s.close();
  }
  return dir;
}

const json = <T>(args: string[]): T => JSON.parse(tongket(args).stdout) as T;
const inboxRows = (dir: string) => {
  const db = new Database(databasePath(dir), { readonly: true });
  try {
    return db.prepare<[], { unit_code: string; state: string; size: number }>('SELECT unit_code, state, LENGTH(package) AS size FROM inbox ORDER BY id').all();
  } finally {
    db.close();
  }
};
/** The database's size on disk, with its write-ahead log if one is left. */
const dbBytes = (dir: string): number => [databasePath(dir), `${databasePath(dir)}-wal`].reduce((n, f) => n + (existsSync(f) ? statSync(f).size : 0), 0);

async function packageOf(unit: typeof UNIT_A | typeof UNIT_B): Promise<Buffer> {
  return (await buildSamplePackage({ unitCode: unit, secret: unit === UNIT_A ? KEY_A : KEY_B })).bytes;
}

describe('the container has one reading', () => {
  it('a local header that says "stored" where the central directory says "deflated": unzip extracts other bytes, TongKet refuses it', async () => {
    const corpus = await hostileCorpus();
    const dir = tempDir();
    const file = join(dir, 'hai-cach-doc.tongket');
    writeFileSync(file, corpus.cases.find((c) => c.file === 'local-header-method.tongket')?.bytes as Buffer);
    writeFileSync(join(dir, 'valid.tongket'), corpus.valid);
    const signed = execFileSync('unzip', ['-p', join(dir, 'valid.tongket'), REPORT_ENTRY]);
    const extracted = spawnSync('unzip', ['-p', file, REPORT_ENTRY]).stdout;
    expect(extracted.length).toBeGreaterThan(0);
    expect(extracted.equals(signed)).toBe(false);

    const province = await provinceFolder();
    const before = snapshotDatabase(databasePath(province));
    const verify = tongket(['--data', province, 'verify', file]);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toContain('Lỗi [E_ZIP_HEADER]');
    const imported = tongket(['--data', province, '--json', 'import', file]);
    expect(imported.code).toBe(1);
    expect(JSON.parse(imported.stdout)).toMatchObject([{ outcome: 'rejected', code: 'E_ZIP_HEADER' }]);
    expect(snapshotDatabase(databasePath(province))).toEqual(before);
  });
});

describe('one bad file never aborts a batch', () => {
  async function batch(): Promise<{ name: string; bytes: Buffer }[]> {
    const corpus = await hostileCorpus();
    const bad = (file: string) => corpus.cases.find((c) => c.file === file)?.bytes as Buffer;
    return [
      { name: '1-tamduong.tongket', bytes: await packageOf(UNIT_A) },
      // A lone surrogate in the signed manifest crashed canonicalisation and lost the whole folder.
      { name: '2-nua-cap-thay-the.tongket', bytes: bad('manifest-lone-surrogate.tongket') },
      { name: '3-bao-cao-nua-cap.tongket', bytes: bad('report-lone-surrogate.tongket') },
      { name: '4-dau-muc-khac.tongket', bytes: bad('local-header-method.tongket') },
      { name: '5-sinho.tongket', bytes: await packageOf(UNIT_B) },
    ];
  }
  const expected = [
    { outcome: 'accepted', unitCode: UNIT_A },
    { outcome: 'rejected', code: 'E_MANIFEST' },
    { outcome: 'rejected', code: 'E_REPORT_DATA' },
    { outcome: 'rejected', code: 'E_ZIP_HEADER' },
    { outcome: 'accepted', unitCode: UNIT_B },
  ];

  it('tongket import <folder>: the good packages are imported, each bad one is its own line', async () => {
    const province = await provinceFolder();
    const folder = join(tempDir(), 'hop-thu');
    mkdirSync(folder);
    const files = await batch();
    for (const f of files) writeFileSync(join(folder, f.name), f.bytes);
    // A link to a file that is gone: reading the folder once stopped at it, before any import.
    symlinkSync(join(folder, 'da-xoa.tongket'), join(folder, '6-lien-ket-hong.tongket'));
    const r = tongket(['--data', province, '--json', 'import', folder]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = JSON.parse(r.stdout) as ImportLine[];
    expect(lines.map((l) => l.source)).toEqual([...files.map((f) => f.name), '6-lien-ket-hong.tongket']);
    [...expected, { outcome: 'rejected', code: 'E_FILE_READ' }].forEach((e, i) => expect(lines[i]).toMatchObject(e));
    expect(inboxRows(province).map((row) => [row.unit_code, row.state])).toEqual([[UNIT_A, 'current'], [UNIT_B, 'current']]);
    // The bad ones again, alone: refused, and not one row changes.
    const before = snapshotDatabase(databasePath(province));
    const again = join(tempDir(), 'lai');
    mkdirSync(again);
    for (const f of files.slice(1, 4)) writeFileSync(join(again, f.name), f.bytes);
    expect(json<ImportLine[]>(['--data', province, '--json', 'import', again]).map((l) => l.code)).toEqual(['E_MANIFEST', 'E_REPORT_DATA', 'E_ZIP_HEADER']);
    expect(snapshotDatabase(databasePath(province))).toEqual(before);
  });

  it('through the web host: one upload call with the same files gives the same lines', async () => {
    const province = await provinceFolder();
    const rendererDir = join(tempDir(), 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>TongKet</title>');
    const host = await startWebHost({ dataDir: province, rendererDir, clock: () => NOW });
    try {
      const files = (await batch()).map((f) => ({ name: f.name, dataBase64: f.bytes.toString('base64') }));
      const res = await fetch(`${host.origin}/api/importUploads`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: host.origin, 'X-TongKet-Token': host.token },
        body: JSON.stringify({ files }),
      });
      expect(res.status).toBe(200);
      const reply = (await res.json()) as { ok: boolean; value: ImportLine[] };
      expect(reply.ok).toBe(true);
      reply.value.forEach((l, i) => expect(l).toMatchObject(expected[i] as object));
    } finally {
      await host.close();
    }
    expect(inboxRows(province).map((row) => [row.unit_code, row.state])).toEqual([[UNIT_A, 'current'], [UNIT_B, 'current']]);
  });

  it("an error no check foresaw in one file is that file's line (E_INTERNAL), and the next file is imported", async () => {
    const province = await provinceFolder();
    const s = openProvince(province);
    try {
      const good = { source: 'tot.tongket', bytes: await packageOf(UNIT_A), receivedAt: NOW, receivedBasis: 'import' as const };
      // A file whose bytes cannot even be handed over: stands for any failure no check knows of.
      const broken = {
        source: 'loi-la.tongket',
        get bytes(): Buffer {
          throw new TypeError('không đọc được bộ nhớ đệm');
        },
        receivedAt: NOW,
        receivedBasis: 'import' as const,
      };
      const lines = await importFiles(s.ctx, [broken, good]);
      expect(lines[0]).toMatchObject({ outcome: 'rejected', code: 'E_INTERNAL' });
      expect(lines[0]?.message).toContain('không đọc được bộ nhớ đệm');
      expect(lines[1]).toMatchObject({ outcome: 'accepted', unitCode: UNIT_A });
    } finally {
      s.close();
    }
  });
});

describe('time received', () => {
  it('is the topmost Received header (the office’s own server), never the Date header', () => {
    const headers = [
      { key: 'received', value: 'from relay by mx.laichau.example.invalid with ESMTPS id 4F2A; Sat, 20 May 2023 10:00:00 +0700 (ICT)' },
      // Lower lines were written by servers before ours, the first of them by the sender's side.
      { key: 'received', value: 'from sender by relay; Thu, 25 May 2023 10:00:00 +0700' },
      { key: 'date', value: 'Mon, 1 May 2023 08:00:00 +0700' },
    ];
    expect(receivedTime(headers, NOW)).toEqual({ receivedAt: new Date('2023-05-20T03:00:00Z'), receivedBasis: 'mail-server' });
    expect(receivedTime(headers.slice(2), NOW)).toEqual({ receivedAt: NOW, receivedBasis: 'import' });
    // A Received time later than the import is no time received: the import time is.
    expect(receivedTime([{ key: 'received', value: 'by mx; Fri, 1 Dec 2023 00:00:00 +0000' }], NOW)).toEqual({ receivedAt: NOW, receivedBasis: 'import' });
    expect(receivedTime([{ key: 'received', value: 'by mx; không phải ngày' }], NOW)).toEqual({ receivedAt: NOW, receivedBasis: 'import' });
  });

  it('an .eml with a forged early Date and no Received header counts from the import; a package made after its time received is flagged', async () => {
    const province = await provinceFolder();
    const mail = join(tempDir(), 'thu');
    mkdirSync(mail);
    // Unit A's mail claims 10/5 (twelve days before the deadline) and passed no mail server.
    const forged = buildEml({ date: new Date('2023-05-10T08:00:00+07:00'), subject: 'Báo cáo', attachments: [{ name: 'a.tongket', data: await packageOf(UNIT_A) }] });
    writeFileSync(join(mail, 'gia-ngay.eml'), forged);
    // Unit B's package says it was made on 19/5 09:30, but the office's server received it on 18/5.
    const early = buildEml({ date: new Date('2023-05-18T08:00:00+07:00'), received: [new Date('2023-05-18T09:00:00+07:00')], subject: 'Báo cáo', attachments: [{ name: 'b.tongket', data: await packageOf(UNIT_B) }] });
    writeFileSync(join(mail, 'som.eml'), early);

    const before = Date.now();
    const lines = json<ImportLine[]>(['--data', province, '--json', 'import', mail]);
    expect(lines.map((l) => l.outcome)).toEqual(['accepted', 'accepted']);
    expect(lines[0]?.message).not.toContain('Chú ý');
    expect(lines[1]?.message).toContain('Chú ý: gói ghi lập lúc 19/05/2023 09:30, sau thời điểm nhận 18/05/2023 09:00 (theo máy chủ thư của cơ quan');

    const rows = json<TrackerRow[]>(['--data', province, '--json', 'status']);
    const a = rows.find((r) => r.unitCode === UNIT_A) as TrackerRow;
    const b = rows.find((r) => r.unitCode === UNIT_B) as TrackerRow;
    // The import ran today, long after the 22/5/2023 deadline: late, whatever the Date header says.
    expect(a).toMatchObject({ status: 'late', receivedBasis: 'import', createdAfterReceived: false });
    expect(Date.parse(a.receivedAt as string)).toBeGreaterThanOrEqual(before - 1000);
    expect(b).toMatchObject({ status: 'on-time', receivedBasis: 'mail-server', receivedAt: '2023-05-18T02:00:00.000Z', createdAfterReceived: true });

    const text = tongket(['--data', province, 'status']).stdout.split('\n');
    expect(text.find((l) => l.startsWith(UNIT_A))).toContain('(theo lúc nhập vào TongKet)');
    expect(text.find((l) => l.startsWith(UNIT_B))).toContain('(theo máy chủ thư của cơ quan (dòng Received trên cùng)) · CHÚ Ý: gói ghi lập sau lúc nhận');
  });
});

describe('signed but odd', () => {
  it('a unit name in the manifest other than the directory’s is shown in the import line, not refused', async () => {
    const province = await provinceFolder();
    const entries = entriesOf((await buildSamplePackage()).bytes);
    const manifest = manifestOf(entries);
    const renamed = craftZip(resign(entries, { ...manifest, unit: { ...manifest.unit, name: 'Liên đoàn Lao động huyện Tam Đường Mới' } }, KEY_A));
    const file = join(tempDir(), 'ten-khac.tongket');
    writeFileSync(file, renamed);
    const [line] = json<ImportLine[]>(['--data', province, '--json', 'import', file]);
    expect(line).toMatchObject({ outcome: 'accepted', unitCode: UNIT_A });
    expect(line?.message).toContain('Chú ý: gói ghi tên đơn vị «Liên đoàn Lao động huyện Tam Đường Mới», danh mục ghi «Liên đoàn Lao động huyện Tam Đường»');
  });
});

describe('what strangers can make the province store is bounded', () => {
  /** A package of unit A signed by a key nobody registered, with `n` pseudo-random scans (stored, incompressible). */
  async function strangerPackage(scans: { bytes: number; seed: number }[]): Promise<Buffer> {
    const attachments = scans.map((s, i) => ({ name: `scan-${i + 1}.jpg`, data: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), background(s.bytes - 4, s.seed)]) }));
    return (await buildSamplePackage({ secret: KEY_STRANGER, attachments })).bytes;
  }

  it('two 44 MB self-signed packages: the first is held, the second refused, and the database grows by one', async () => {
    const province = await provinceFolder();
    const folder = join(tempDir(), 'lon');
    mkdirSync(folder);
    for (const seed of [1, 2]) {
      const bytes = await strangerPackage([{ bytes: 22 * MB, seed }, { bytes: 22 * MB, seed: seed + 10 }]);
      expect(bytes.length).toBeGreaterThan(44 * MB);
      writeFileSync(join(folder, `lon-${seed}.tongket`), bytes);
    }
    const before = dbBytes(province);
    const lines = json<ImportLine[]>(['--data', province, '--json', 'import', folder]);
    expect(lines).toMatchObject([{ outcome: 'held' }, { outcome: 'rejected', code: 'E_HELD_QUOTA' }]);
    const grown = dbBytes(province) - before;
    expect(grown).toBeGreaterThan(44 * MB);
    expect(grown).toBeLessThan(50 * MB);
  }, 120_000);

  it('a few packages per unknown key; purged after the holding period with an audit line; refused ones not kept', async () => {
    const dir = join(tempDir(), 'province');
    let now = NOW;
    const s = openProvince(dir, () => now);
    try {
      await s.api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện' });
      const small = await Promise.all([1, 2, 3, 4].map((seed) => strangerPackage([{ bytes: 1000, seed }])));
      const incoming = small.map((bytes, i) => ({ source: `nho-${i + 1}.tongket`, bytes, receivedAt: now, receivedBasis: 'import' as const }));
      const lines = await importFiles(s.ctx, incoming);
      expect(lines.map((l) => l.outcome)).toEqual(['held', 'held', 'held', 'rejected']);
      expect(lines[3]).toMatchObject({ code: 'E_HELD_QUOTA' });
      expect(HELD_LIMITS.packagesPerKey).toBe(3);

      // One day short of the holding period: nothing purged.
      now = new Date(NOW.getTime() + (HELD_LIMITS.days - 1) * 86_400_000);
      await importFiles(s.ctx, []);
      expect(s.ctx.inbox.held()).toHaveLength(3);
      // Past it: the bytes go, the rows stay refused, each with a line saying why.
      now = new Date(NOW.getTime() + (HELD_LIMITS.days + 1) * 86_400_000);
      await importFiles(s.ctx, []);
      expect(s.ctx.inbox.held()).toHaveLength(0);
      const purged = s.ctx.db.prepare<[], { state: string; size: number; event: string; detail: string }>(
        'SELECT i.state, LENGTH(i.package) AS size, e.event, e.detail FROM inbox i JOIN inbox_events e ON e.inbox_id = i.id ORDER BY i.id',
      ).all();
      expect(purged).toHaveLength(3);
      for (const p of purged) expect(p).toMatchObject({ state: 'refused', size: 0, event: 'purged', detail: expect.stringContaining(`Tạm giữ quá ${HELD_LIMITS.days} ngày`) });

      // Sent again, a purged package says so rather than "already imported" alone.
      const [again] = await importFiles(s.ctx, [incoming[0] as (typeof incoming)[number]]);
      expect(again).toMatchObject({ outcome: 'duplicate' });
      expect(again?.message).toContain('bị từ chối vì khóa ký chưa được xác nhận');

      // The quota is free again; a package a person refuses is not kept either.
      const [held] = await importFiles(s.ctx, [{ ...(incoming[3] as (typeof incoming)[number]), receivedAt: now }]);
      expect(held?.outcome).toBe('held');
      await s.api.refuseKey({ keyId: keyIdHex(KEY_STRANGER.keyId) });
      const refused = s.ctx.db.prepare<[], { size: number; report: string; event: string }>(
        "SELECT LENGTH(i.package) AS size, i.report_json AS report, e.event FROM inbox i JOIN inbox_events e ON e.inbox_id = i.id WHERE e.event = 'refused'",
      ).all();
      expect(refused).toEqual([{ size: 0, report: '{}', event: 'refused' }]);
    } finally {
      s.close();
    }
    expect(inboxRows(dir).every((r) => r.size === 0)).toBe(true);
  });
});

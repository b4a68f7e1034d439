// A package made by the real export (`tongket` in a child process, real documents, passphrase-protected
// key) is what SPEC §6 says, and verifies three independent ways: our verifier, Debian's minisign, and
// OpenSSL from the raw key. Then revisions, repeated exports, refused exports and `tongket verify`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppServices } from '../../electron/services/app-services';
import { databasePath } from '../../electron/services/data-dir';
import { sha256Hex } from '../../electron/services/package/hashing';
import { verifyPackage } from '../../electron/services/package/verify-package';
import { passphraseProtector } from '../../electron/services/signing/passphrase-protector';
import { formatPublicKeyFile, keyIdHex, parsePublicKeyFile, type PublicKey } from '../../electron/services/signing/minisign';
import {
  MANIFEST_ENTRY,
  MIMETYPE_ENTRY,
  PACKAGE_MIMETYPE,
  SIGNATURE_ENTRY,
  trustedCommentFor,
  type Manifest,
} from '../../shared/package/manifest';
import { AppError } from '../../shared/errors';
import { KEY_B } from '../fixtures/hostile/test-keys';
import { centralDirectory, readZip } from '../fixtures/hostile/zip-craft';
import { TEST_PASSPHRASE, tongket } from '../helpers/cli';
import { snapshotDatabase } from '../helpers/db-snapshot';
import { BAD_SAMPLE, GOOD_SAMPLE, fixturePath, readFixture } from '../helpers/fixtures';

const UNIT = 'LDLD-TAMDUONG';
const R1 = `${UNIT}_1563-TK-2023_r1`;
const R2 = `${UNIT}_1563-TK-2023_r2`;
const REASON = 'Sửa số lớp đào tạo theo góp ý của LĐLĐ tỉnh';
/** SubjectPublicKeyInfo DER header of an Ed25519 key (RFC 8410); the raw 32 bytes follow. */
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');

let root: string;
let data: string;
let pubFile: string;
let publicKey: PublicKey;

const dir = (name: string): string => {
  const d = join(root, name);
  mkdirSync(d, { recursive: true });
  return d;
};

function ok(args: string[], env?: NodeJS.ProcessEnv): string {
  const r = tongket(args, env ? { env } : {});
  expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 0, stderr: '' });
  return r.stdout;
}

/** Extracts a package with Debian's unzip (an independent reader) into a fresh folder. */
function unpack(pkg: string, name: string): string {
  const d = dir(name);
  execFileSync('unzip', ['-q', pkg, '-d', d]);
  return d;
}

const packageOf = (out: string, stem: string): Buffer => readFileSync(join(out, `${stem}.tongket`));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tongket-pkg-'));
  data = join(root, 'data');
  ok(['--data', data, 'setup', '--unit', UNIT, '--signer', 'Lò Văn Minh', '--title', 'CHỦ TỊCH']);
  ok(['--data', data, 'draft', 'load', fixturePath(GOOD_SAMPLE)]);
  ok(['--data', data, 'export', '--out', dir('out1')]);
  pubFile = join(root, `${UNIT}.pub`);
  ok(['--data', data, 'key', 'export', '--out', pubFile]);
  publicKey = parsePublicKeyFile(readFileSync(pubFile, 'utf8'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a package from the real export', () => {
  it('verifies with our verifier: against the .pub, and as an own key in the data folder', async () => {
    const bytes = packageOf(join(root, 'out1'), R1);
    const pinned = await verifyPackage(bytes, { lookupKey: () => null, pinnedKey: publicKey });
    expect(pinned.trust).toBe('pinned');
    expect(pinned.manifest.unit.code).toBe(UNIT);
    expect(pinned.report.values).toEqual(readFixture(GOOD_SAMPLE).values);

    const services = openAppServices({ dataDir: data });
    try {
      const own = await verifyPackage(bytes, { lookupKey: (id) => services.ctx.keys.lookup(id) });
      expect(own.trust).toBe('registered');
      expect(own.manifestSha256).toBe(pinned.manifestSha256);
    } finally {
      services.close();
    }
  });

  it("verifies with Debian's minisign (-Vm manifest.json -p unit.pub), which also refuses a changed manifest", () => {
    const x = unpack(join(root, 'out1', `${R1}.tongket`), 'x-minisign');
    const r = spawnSync('minisign', ['-Vm', 'manifest.json', '-p', pubFile], { cwd: x, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Signature and comment signature verified');
    const manifest = JSON.parse(readFileSync(join(x, MANIFEST_ENTRY), 'utf8')) as Manifest;
    expect(r.stdout).toContain(`Trusted comment: ${trustedCommentFor(manifest)}`);

    writeFileSync(join(x, MANIFEST_ENTRY), readFileSync(join(x, MANIFEST_ENTRY), 'utf8').replace('"revision":1', '"revision":2'));
    expect(spawnSync('minisign', ['-Vm', 'manifest.json', '-p', pubFile], { cwd: x }).status).not.toBe(0);
  });

  it('verifies with OpenSSL from the raw key: Ed25519 over BLAKE2b-512, and the trusted-comment signature', () => {
    const x = unpack(join(root, 'out1', `${R1}.tongket`), 'x-openssl');
    const der = Buffer.concat([SPKI_ED25519, publicKey.key]);
    writeFileSync(join(x, 'pub.pem'), `-----BEGIN PUBLIC KEY-----\n${der.toString('base64')}\n-----END PUBLIC KEY-----\n`);
    const lines = readFileSync(join(x, SIGNATURE_ENTRY), 'utf8').split('\n');
    const sigLine = Buffer.from(lines[1] as string, 'base64');
    expect(sigLine.subarray(0, 2).toString()).toBe('ED');
    expect(sigLine.subarray(2, 10).equals(publicKey.keyId)).toBe(true);
    const signature = sigLine.subarray(10);
    writeFileSync(join(x, 'sig.bin'), signature);
    execFileSync('openssl', ['dgst', '-blake2b512', '-binary', '-out', 'hash.bin', MANIFEST_ENTRY], { cwd: x });
    const verify = (input: string, sig: string) =>
      spawnSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', 'pub.pem', '-rawin', '-in', input, '-sigfile', sig], { cwd: x, encoding: 'utf8' });
    const good = verify('hash.bin', 'sig.bin');
    expect(good.stdout).toContain('Signature Verified Successfully');
    expect(good.status).toBe(0);

    // The global signature covers the signature followed by the trusted comment (minisign's format).
    const comment = (lines[2] as string).slice('trusted comment: '.length);
    writeFileSync(join(x, 'global.msg'), Buffer.concat([signature, Buffer.from(comment, 'utf8')]));
    writeFileSync(join(x, 'global.sig'), Buffer.from(lines[3] as string, 'base64'));
    expect(verify('global.msg', 'global.sig').status).toBe(0);

    const hash = readFileSync(join(x, 'hash.bin'));
    hash[0] = (hash[0] as number) ^ 1;
    writeFileSync(join(x, 'hash.bin'), hash);
    expect(verify('hash.bin', 'sig.bin').status).not.toBe(0);
  });

  it('starts with mimetype: first, at offset 0, stored, no extra field, readable at byte 38', () => {
    const bytes = packageOf(join(root, 'out1'), R1);
    const cd = centralDirectory(bytes);
    expect(cd[0]).toEqual({ name: MIMETYPE_ENTRY, method: 0, compressedSize: PACKAGE_MIMETYPE.length, extraLength: 0, localOffset: 0 });
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0); // stored
    expect(bytes.readUInt16LE(26)).toBe(MIMETYPE_ENTRY.length);
    expect(bytes.readUInt16LE(28)).toBe(0); // no extra field
    expect(bytes.subarray(30, 38).toString('latin1')).toBe(MIMETYPE_ENTRY);
    expect(bytes.subarray(38, 38 + PACKAGE_MIMETYPE.length).toString('latin1')).toBe(PACKAGE_MIMETYPE);
  });

  it('has a canonical manifest listing every other entry, sorted, with the right sizes and SHA-256', () => {
    const bytes = packageOf(join(root, 'out1'), R1);
    const entries = new Map(readZip(bytes).map((e) => [e.name, e.data]));
    const text = (entries.get(MANIFEST_ENTRY) as Buffer).toString('utf8');
    const manifest = JSON.parse(text) as Manifest;
    expect(canonicalize(manifest)).toBe(text);
    expect(manifest).toMatchObject({ format: 'tongket.package/1', unit: { code: UNIT }, revision: 1, supersedes: null, reason: null, keyId: keyIdHex(publicKey.keyId) });
    expect(manifest.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    const paths = manifest.files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toEqual(expect.arrayContaining(['data/report.json', 'render/report.docx', 'render/report.pdf', 'render/appendix.xlsx']));
    expect([...entries.keys()]).toEqual([MIMETYPE_ENTRY, MANIFEST_ENTRY, SIGNATURE_ENTRY, ...paths]);
    for (const f of manifest.files) {
      const data = entries.get(f.path) as Buffer;
      expect({ path: f.path, size: data.length, sha256: sha256Hex(data) }).toEqual({ path: f.path, size: f.size, sha256: f.sha256 });
    }
  });

  it('signs a trusted comment "pkg=… unit=… campaign=… rev=…" that matches the manifest', () => {
    const entries = new Map(readZip(packageOf(join(root, 'out1'), R1)).map((e) => [e.name, e.data]));
    const manifest = JSON.parse((entries.get(MANIFEST_ENTRY) as Buffer).toString('utf8')) as Manifest;
    const comment = (entries.get(SIGNATURE_ENTRY) as Buffer).toString('utf8').split('\n')[2];
    expect(comment).toMatch(/^trusted comment: pkg=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12} unit=LDLD-TAMDUONG campaign=1563-TK-2023 rev=1$/);
    expect(comment).toBe(`trusted comment: pkg=${manifest.packageId} unit=${UNIT} campaign=${manifest.campaignId} rev=1`);
  });
});

describe('revisions and repeated exports', () => {
  it('exports a frozen revision again as byte-identical files', () => {
    const again = dir('out1-again');
    expect(ok(['--data', data, 'export', '--out', again])).toMatch(/Đã ghi lại lần gửi 1/);
    const names = readdirSync(join(root, 'out1')).sort();
    expect(readdirSync(again).sort()).toEqual(names);
    expect(names).toEqual([`${R1}.docx`, `${R1}.pdf`, `${R1}.tongket`, `${R1}.xlsx`]);
    for (const n of names) expect(readFileSync(join(again, n)).equals(readFileSync(join(root, 'out1', n))), n).toBe(true);
  });

  it('makes revision 2 supersede revision 1 by its manifest hash, with the reason', async () => {
    ok(['--data', data, 'draft', 'revise', '--reason', REASON]);
    const sample = readFixture(GOOD_SAMPLE);
    const changed = join(root, 'revised.json');
    writeFileSync(changed, JSON.stringify({ ...sample, values: { ...sample.values, 's5.courses': 15 } }));
    ok(['--data', data, 'draft', 'load', changed]);
    ok(['--data', data, 'export', '--out', dir('out2')]);

    const r1 = await verifyPackage(packageOf(join(root, 'out1'), R1), { lookupKey: () => null, pinnedKey: publicKey });
    const r2 = await verifyPackage(packageOf(join(root, 'out2'), R2), { lookupKey: () => null, pinnedKey: publicKey });
    expect(r2.manifest.revision).toBe(2);
    expect(r2.manifest.supersedes).toBe(sha256Hex(r1.manifestBytes));
    expect(r2.manifest.reason).toBe(REASON);
    expect(r2.manifest.packageId).not.toBe(r1.manifest.packageId);
    expect(r2.report.values['s5.courses']).toBe(15);
    expect(r2.report.revision).toBe(2);
  });
});

describe('export is refused while the report is not ready', () => {
  // In-process (the same router the CLI and the app call), with a host that would let it sign and write.
  const refused = async (name: string, unitCode: string, draft: unknown): Promise<string> => {
    const out = dir(`out-${name}`);
    const services = openAppServices({
      dataDir: join(root, `data-${name}`),
      create: true,
      host: { appVersion: '0.1.0', secrets: async () => passphraseProtector(TEST_PASSPHRASE), chooseExportDir: async () => out },
    });
    try {
      await services.api.saveProfile({ unitCode, signerName: 'Lò Văn Minh' });
      await services.api.loadDraft({ draft });
      const before = snapshotDatabase(databasePath(services.dataDir));
      const error = await services.api.exportPackage({}).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('E_EXPORT_BLOCKED');
      expect(readdirSync(out)).toEqual([]);
      expect(snapshotDatabase(databasePath(services.dataDir))).toEqual(before);
      return (error as AppError).message;
    } finally {
      services.close();
    }
  };

  it('with errors (the invalid sample of Phong Thổ)', async () => {
    expect(await refused('errors', 'LDLD-PHONGTHO', readFixture(BAD_SAMPLE))).toMatch(/còn 4 lỗi/);
  });

  it('with warnings nobody explained', async () => {
    expect(await refused('unexplained', UNIT, { ...readFixture(GOOD_SAMPLE), explanations: {} })).toMatch(/còn 0 lỗi và [1-9]\d* cảnh báo chưa giải trình/);
  });
});

describe('tongket verify', () => {
  const noData = () => join(root, 'no-data-folder');
  const pkg = () => join(root, 'out1', `${R1}.tongket`);

  it('exits 0 with --pub, without any data folder', () => {
    const r = tongket(['--data', noData(), 'verify', pkg(), '--pub', pubFile]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toContain(`Gói hợp lệ: Liên đoàn Lao động huyện Tam Đường (${UNIT}), lần gửi 1`);
  });

  it('exits 0 in the data folder that holds the key', () => {
    expect(tongket(['--data', data, 'verify', pkg()]).code).toBe(0);
  });

  it('exits 4 when the key is only the one the package carries (no data folder, no --pub)', () => {
    const r = tongket(['--data', noData(), 'verify', pkg()]);
    expect(r.code).toBe(4);
    expect(r.stdout).toMatch(/chưa được đăng ký.*đối chiếu dấu vân tay/s);
  });

  it('exits 1 with the code for a tampered package or another unit’s key', () => {
    const bytes = packageOf(join(root, 'out1'), R1);
    const docx = centralDirectory(bytes).find((e) => e.name === 'render/report.docx');
    expect(docx?.method).toBe(0); // stored: a byte in the middle is a byte of the document
    const local = docx?.localOffset ?? 0;
    const tampered = Buffer.from(bytes);
    const at = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28) + 2000;
    tampered[at] = (tampered[at] as number) ^ 0x20;
    const file = join(root, 'tampered.tongket');
    writeFileSync(file, tampered);
    const r = tongket(['--data', noData(), 'verify', file, '--pub', pubFile]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[E_HASH]');

    const otherPub = join(root, 'other.pub');
    writeFileSync(otherPub, formatPublicKeyFile(KEY_B));
    const wrongKey = tongket(['--data', noData(), 'verify', pkg(), '--pub', otherPub]);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toContain('[E_SIGNATURE]');
  });
});

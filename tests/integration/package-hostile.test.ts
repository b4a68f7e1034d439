// The hostile corpus (tests/fixtures/hostile/generate.ts): every file is refused with its own stable
// code, by verifyPackage and by `tongket verify`, and refusing it writes nothing anywhere.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { openAppServices, type AppServices } from '../../electron/services/app-services';
import { verifyPackage, type VerifyOptions } from '../../electron/services/package/verify-package';
import { AppError, ERROR_CODES, type ErrorCode } from '../../shared/errors';
import { SIGNER_KEY_ENTRY } from '../../shared/package/manifest';
import { entriesOf, entryData, withEntry } from '../fixtures/hostile/base-package';
import { INDEX_FILE, VALID_FILE, hostileCorpus, writeCorpus } from '../fixtures/hostile/generate';
import { registerTestKeys } from '../fixtures/hostile/test-keys';
import { craftZip } from '../fixtures/hostile/zip-craft';
import { tongketAsync } from '../helpers/cli';
import { snapshotTree } from '../helpers/tree';

// Collected at import time, so that each case is its own test; written to disk in beforeAll.
const corpus = await hostileCorpus();

/** Codes of refusals where the ZIP itself is sound: the case is about content, not corruption. */
const CONTENT_CODES = new Set<ErrorCode>([
  'E_SIGNATURE_FORMAT', 'E_SIGNATURE_LEGACY', 'E_SIGNATURE', 'E_TRUSTED_COMMENT', 'E_MANIFEST', 'E_KEY_UNIT', 'E_KEY_REVOKED',
  'E_ENTRY_SET', 'E_HASH', 'E_ATTACHMENT_TYPE', 'E_REPORT_DATA', 'E_REVISION_RANGE',
]);

let root: string;
let corpusDir: string;
let dataDir: string;
let index: Record<string, ErrorCode>;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tongket-hostile-'));
  corpusDir = join(root, 'corpus');
  dataDir = join(root, 'data');
  await writeCorpus(corpusDir, corpus);
  // The expected codes come from the written index, so that expected.json itself is what is tested.
  index = JSON.parse(readFileSync(join(corpusDir, INDEX_FILE), 'utf8')) as Record<string, ErrorCode>;
  // A receiving unit's data folder with the corpus's registry: unit A's and B's keys, one revoked.
  const s = openAppServices({ dataDir, create: true, clock: () => new Date('2023-05-20T01:00:00Z') });
  try {
    registerTestKeys(s.ctx.keys, s.ctx.clock().toISOString());
  } finally {
    s.close();
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const read = (file: string): Buffer => readFileSync(join(corpusDir, file));

/** Runs `task` on every item, at most `width` at a time, results in order. */
async function inPool<T, R>(items: T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i] as T);
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

function optionsOf(services: AppServices): VerifyOptions {
  const { ctx } = services;
  return {
    lookupKey: (id) => ctx.keys.lookup(id),
    lookupCampaign: (id) => {
      try {
        return ctx.campaigns.get(id);
      } catch {
        return null;
      }
    },
  };
}

describe('the corpus', () => {
  it('is exactly what expected.json lists, each with a known code', () => {
    const onDisk = readdirSync(corpusDir).filter((f) => f.endsWith('.tongket') && f !== VALID_FILE).sort();
    expect(onDisk).toEqual(Object.keys(index).sort());
    expect(onDisk.length).toBeGreaterThanOrEqual(60);
    for (const code of Object.values(index)) expect(ERROR_CODES).toContain(code);
  });

  it('is generated the same way every time (fixed keys, ids, times and headers)', async () => {
    const again = await hostileCorpus();
    expect(again.valid.equals(corpus.valid)).toBe(true);
    for (const [i, c] of again.cases.entries()) expect(c.bytes.equals(corpus.cases[i]?.bytes ?? Buffer.alloc(0)), c.file).toBe(true);
  });

  it.each(corpus.cases.filter((c) => CONTENT_CODES.has(c.code)).map((c) => c.file))('%s is a sound ZIP (unzip -t passes, CRCs right)', (file) => {
    // Throws on a non-zero exit: the refusal must come from the content, not from ZIP corruption.
    execFileSync('unzip', ['-tqq', join(corpusDir, file)]);
  });
});

describe('verifyPackage with the registry of a receiving unit', () => {
  let services: AppServices;
  let before: Record<string, string>;

  beforeAll(() => {
    before = snapshotTree(root);
    services = openAppServices({ dataDir });
  });

  it('accepts the valid package every case starts from (so each refusal is the case’s own)', async () => {
    const v = await verifyPackage(read(VALID_FILE), optionsOf(services));
    expect(v.trust).toBe('registered');
    expect(v.manifest.unit.code).toBe('LDLD-TAMDUONG');
  });

  for (const c of corpus.cases) {
    it(`refuses ${c.file} with ${c.code}: ${c.why}`, async () => {
      const error = await verifyPackage(read(c.file), optionsOf(services)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect({ code: (error as AppError).code }).toEqual({ code: index[c.file] });
      // A sentence for the user, in Vietnamese, not a stack trace.
      expect((error as AppError).message).toMatch(/[àáảãạăâđêôơư]/);
    });
  }

  it('wrote nothing: the data folder and the corpus are byte for byte as before', () => {
    services.close();
    expect(snapshotTree(root)).toEqual(before);
  });
});

describe('verifyPackage without a registry (tongket verify with no data folder)', () => {
  /**
   * Only a data folder can tell these: without one they verify against the key they carry, which a
   * person must still confirm (exit 4), and report values are not checked against a known campaign.
   */
  const needDataFolder: Record<string, ErrorCode | 'unregistered'> = {
    'key-of-other-unit.tongket': 'unregistered',
    'key-revoked.tongket': 'unregistered',
    'report-invalid-value.tongket': 'unregistered',
    // B's key is not known, and the key carried in the package (A's) did not make this signature.
    'signature-other-registered-key.tongket': 'E_SIGNATURE',
  };

  it('refuses every other case with the same code, and never trusts what only a data folder could tell', async () => {
    for (const c of corpus.cases) {
      const outcome = await verifyPackage(read(c.file), { lookupKey: () => null }).then(
        (v) => v.trust,
        (e: unknown) => (e instanceof AppError ? e.code : String(e)),
      );
      expect({ file: c.file, outcome }).toEqual({ file: c.file, outcome: needDataFolder[c.file] ?? c.code });
    }
  });

  it('treats a damaged key inside the package as a signature problem, not a bad .pub file', async () => {
    const entries = entriesOf(corpus.valid);
    const pub = entryData(entries, SIGNER_KEY_ENTRY).toString('utf8').split('\n');
    pub[1] = `${(pub[1] as string).slice(0, 20)}*${(pub[1] as string).slice(21)}`;
    const damaged = craftZip(withEntry(entries, SIGNER_KEY_ENTRY, Buffer.from(pub.join('\n'))));
    await expect(verifyPackage(damaged, { lookupKey: () => null })).rejects.toMatchObject({ code: 'E_SIGNATURE' });
  });
});

describe('tongket verify', () => {
  it('exits 1 with the code on stderr for every case, and writes nothing (in-process command)', async () => {
    const cwd = join(root, 'cwd-inprocess');
    mkdirSync(cwd);
    const before = snapshotTree(root);
    for (const c of corpus.cases) {
      const err: string[] = [];
      const out: string[] = [];
      const code = await runCli(['--data', dataDir, 'verify', join(corpusDir, c.file)], { out: (s) => out.push(s), err: (s) => err.push(s), env: {}, cwd });
      expect({ file: c.file, code, stderr: err.join('\n').includes(`[${c.code}]`), stdout: out }).toEqual({ file: c.file, code: 1, stderr: true, stdout: [] });
    }
    expect(snapshotTree(root)).toEqual(before);
  });

  it('does the same as a real process, one case per code, touching no file in its folders, TMPDIR or HOME', async () => {
    const firstPerCode = [...new Map(corpus.cases.map((c) => [c.code, c] as const)).values()];
    expect(firstPerCode.length).toBeGreaterThanOrEqual(17);
    const scratch = ['cwd', 'tmp', 'home'].map((d) => join(root, `child-${d}`));
    for (const d of scratch) mkdirSync(d);
    const [cwd, tmp, home] = scratch as [string, string, string];
    const before = snapshotTree(root);
    const env = { TMPDIR: tmp, HOME: home, XDG_CONFIG_HOME: home };
    const runs = await inPool(firstPerCode, 4, (c) => tongketAsync(['--data', dataDir, 'verify', join(corpusDir, c.file)], { cwd, env }));
    for (const [i, r] of runs.entries()) {
      const c = firstPerCode[i] as (typeof firstPerCode)[number];
      expect({ file: c.file, code: r.code, stdout: r.stdout }).toEqual({ file: c.file, code: 1, stdout: '' });
      expect(r.stderr).toContain(`Lỗi [${c.code}]`);
    }
    expect(snapshotTree(root)).toEqual(before);
  });
});

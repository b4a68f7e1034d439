// Mutation fuzzing of verifyPackage. Thousands of damaged copies of a valid package (bytes flipped,
// cut, inserted, deleted, swapped), checked three ways (registered key, no registry, pinned key), plus
// signed content that is damaged and then signed again properly (to reach the Office and report
// parsers with hostile input). Whatever happens: only an AppError with a verification code, never a
// hang, and never "valid" for content other than what was signed.
// Seeded: a failure prints its seed and iteration; FUZZ_SEED=<n> replays a run (the cases follow from the
// seed alone, whatever the machine's speed). As many cases as fit in FUZZ_SECONDS (default 20), never
// fewer than MIN_RUNS however slow the machine, never more than FUZZ_RUNS (default 10,000).
import { describe, expect, it, onTestFailed } from 'vitest';
import { verifyPackage, type VerifiedPackage, type VerifyOptions } from '../../electron/services/package/verify-package';
import { AppError, type ErrorCode } from '../../shared/errors';
import { MANIFEST_ENTRY, REPORT_ENTRY, DOCX_ENTRY, XLSX_ENTRY, type Manifest } from '../../shared/package/manifest';
import { buildSamplePackage, entriesOf, entryData, manifestOf, resign, withEntry } from '../fixtures/hostile/base-package';
import { KEY_A, lookupTestKey } from '../fixtures/hostile/test-keys';
import { craftZip, type CraftEntry } from '../fixtures/hostile/zip-craft';
import { sha256Hex } from '../../electron/services/package/hashing';
import { mulberry32 } from '../helpers/prng';

const SEED = Number(process.env.FUZZ_SEED ?? 0x70e6e7);
const BUDGET_MS = Number(process.env.FUZZ_SECONDS ?? 20) * 1000;
const MAX_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const MIN_RUNS = Math.min(MAX_RUNS, 400);

/** The codes verifyPackage may refuse with (SPEC §6 order). Anything else is a bug. */
const VERIFY_CODES = new Set<ErrorCode>([
  'E_PKG_EMPTY', 'E_PKG_SIZE', 'E_ZIP', 'E_ZIP_JUNK', 'E_ZIP_LIMITS', 'E_ZIP_NAME', 'E_ZIP_HEADER', 'E_MIMETYPE', 'E_SIGNATURE_FORMAT',
  'E_SIGNATURE_LEGACY', 'E_SIGNATURE', 'E_TRUSTED_COMMENT', 'E_MANIFEST', 'E_KEY_UNIT', 'E_KEY_REVOKED', 'E_ENTRY_SET',
  'E_HASH', 'E_ATTACHMENT_TYPE', 'E_REPORT_DATA', 'E_REVISION_RANGE',
]);

type Rand = () => number;
const int = (r: Rand, n: number): number => Math.floor(r() * n);

/** Byte-level damage, as mail gateways, disks and attackers do it. Each returns a new buffer and its name. */
const MUTATORS: [string, (b: Buffer, r: Rand) => Buffer][] = [
  ['flip', (b, r) => {
    const out = Buffer.from(b);
    for (let n = 1 + int(r, 4); n > 0; n--) {
      const i = int(r, out.length);
      out[i] = (out[i] as number) ^ (1 + int(r, 255));
    }
    return out;
  }],
  // The central directory and end record are a few hundred bytes of a package: aim there too.
  ['flip-tail', (b, r) => {
    const out = Buffer.from(b);
    const i = out.length - 1 - int(r, Math.min(out.length, 700));
    out[i] = (out[i] as number) ^ (1 + int(r, 255));
    return out;
  }],
  ['set-16bit', (b, r) => {
    const out = Buffer.from(b);
    const i = int(r, out.length - 1);
    out.writeUInt16LE([0, 0xffff, 0x7fff, 1, int(r, 0x10000)][int(r, 5)] as number, i);
    return out;
  }],
  ['truncate', (b, r) => b.subarray(0, int(r, b.length))],
  ['insert', (b, r) => {
    const at = int(r, b.length + 1);
    const junk = Buffer.from(Array.from({ length: 1 + int(r, 64) }, () => int(r, 256)));
    return Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]);
  }],
  ['delete', (b, r) => {
    const at = int(r, b.length);
    return Buffer.concat([b.subarray(0, at), b.subarray(at + 1 + int(r, 64))]);
  }],
  ['swap-chunks', (b, r) => {
    const len = 1 + int(r, 256);
    if (b.length < 2 * len) return Buffer.from(b);
    const i = int(r, b.length - 2 * len + 1);
    const j = i + len + int(r, b.length - i - 2 * len + 1);
    return Buffer.concat([b.subarray(0, i), b.subarray(j, j + len), b.subarray(i + len, j), b.subarray(i, i + len), b.subarray(j + len)]);
  }],
  ['copy-chunk', (b, r) => {
    const out = Buffer.from(b);
    const len = 1 + int(r, 128);
    b.copy(out, int(r, b.length), int(r, b.length), int(r, b.length) + len);
    return out;
  }],
];

function mutate(bytes: Buffer, r: Rand): { bytes: Buffer; how: string } {
  let out = bytes;
  const how: string[] = [];
  for (let n = 1 + (r() < 0.2 ? int(r, 3) : 0); n > 0; n--) {
    const [name, fn] = MUTATORS[int(r, MUTATORS.length)] as (typeof MUTATORS)[number];
    out = fn(out, r);
    how.push(name);
  }
  return { bytes: out, how: how.join('+') };
}

interface Outcome {
  accepted: VerifiedPackage | null;
  code: ErrorCode | null;
}

async function attempt(bytes: Buffer, options: VerifyOptions, label: string): Promise<Outcome> {
  try {
    return { accepted: await verifyPackage(bytes, options), code: null };
  } catch (e) {
    if (!(e instanceof AppError)) throw new Error(`not an AppError (${label}): ${(e as Error).stack ?? String(e)}`, { cause: e });
    if (!VERIFY_CODES.has(e.code)) throw new Error(`unexpected code ${e.code} (${label}): ${e.message}`, { cause: e });
    return { accepted: null, code: e.code };
  }
}

const REGISTERED: VerifyOptions = { lookupKey: lookupTestKey };
const MODES: [string, VerifyOptions][] = [
  ['registered', REGISTERED],
  ['unregistered', { lookupKey: () => null }],
  ['pinned', { lookupKey: () => null, pinnedKey: { keyId: KEY_A.keyId, key: KEY_A.key } }],
];

/** A damaged package, with what was signed: the only content verifyPackage may hand on if it accepts. */
interface Mutant {
  bytes: Buffer;
  signedManifest: Buffer;
  signedFiles: Map<string, Buffer>;
  how: string;
}

const filesOf = (entries: CraftEntry[], manifest: Manifest) => new Map(manifest.files.map((f) => [f.path, entryData(entries, f.path)]));

/** Damages one signed entry and signs the result again properly: hostile content with a good signature. */
function resignedMutant(entries: CraftEntry[], manifest: Manifest, r: Rand): Mutant {
  const target = [REPORT_ENTRY, DOCX_ENTRY, XLSX_ENTRY][int(r, 3)] as string;
  const { bytes: data, how } = mutate(entryData(entries, target), r);
  const files = manifest.files.map((f) => (f.path === target ? { ...f, size: data.length, sha256: sha256Hex(data) } : f));
  const signed = resign(withEntry(entries, target, data), { ...manifest, files }, KEY_A);
  return { bytes: craftZip(signed), signedManifest: entryData(signed, MANIFEST_ENTRY), signedFiles: filesOf(signed, manifest), how: `signed again, ${target}:${how}` };
}

describe('verifyPackage under mutation', () => {
  it(`never crashes, hangs or accepts other content (seed ${SEED}, up to ${BUDGET_MS / 1000} s)`, async () => {
    const original = (await buildSamplePackage()).bytes;
    const entries = entriesOf(original);
    const manifest = manifestOf(entries);
    await verifyPackage(original, REGISTERED);
    const signedManifest = entryData(entries, MANIFEST_ENTRY);
    const signedFiles = filesOf(entries, manifest);
    const r = mulberry32(SEED);
    const codes = new Map<string, number>();
    let accepted = 0;
    let runs = 0;
    const start = performance.now();
    // A hang ends in the test's timeout: say which case it was, so that it replays.
    let current = '';
    onTestFailed(() => console.error(`fuzz: the case running when the test failed: ${current} (FUZZ_SEED=${SEED})`));

    const more = () => runs < MIN_RUNS || (runs < MAX_RUNS && performance.now() - start < BUDGET_MS);
    for (; more(); runs++) {
      const [mode, options] = MODES[runs % MODES.length] as (typeof MODES)[number];
      const m: Mutant = r() < 0.15 ? resignedMutant(entries, manifest, r) : { ...mutate(original, r), signedManifest, signedFiles };
      const label = `seed ${SEED}, run ${runs}, ${mode}, ${m.how}`;
      current = label;
      const outcome = await attempt(m.bytes, options, label);
      if (outcome.code) {
        codes.set(outcome.code, (codes.get(outcome.code) ?? 0) + 1);
        continue;
      }
      accepted++;
      // Accepted: what it hands on must be exactly what was signed, nothing else.
      const v = outcome.accepted as VerifiedPackage;
      expect(v.manifestBytes.equals(m.signedManifest), label).toBe(true);
      expect([...v.files.keys()].sort(), label).toEqual([...m.signedFiles.keys()].sort());
      for (const [path, data] of v.files) expect(data.equals(m.signedFiles.get(path) as Buffer), `${label}: ${path}`).toBe(true);
    }

    console.log(`fuzz: seed ${SEED}, ${runs} runs in ${((performance.now() - start) / 1000).toFixed(1)} s, ${accepted} accepted; refusals ${JSON.stringify(Object.fromEntries([...codes].sort()))}`);
    // The fuzzer reaches deep: refusals from the ZIP layer through to the report data. (Raw byte flips
    // in the signature entry fail its CRC-32 first; the corpus covers E_SIGNATURE with sound CRCs.)
    for (const code of ['E_ZIP', 'E_ZIP_NAME', 'E_HASH', 'E_ATTACHMENT_TYPE', 'E_REPORT_DATA']) expect(codes.get(code), code).toBeGreaterThan(0);
  }, 600_000);
});

// A power cut or a killed process in the middle of writing must never leave a file under its final
// name that is incomplete or wrong. A child process writes in a loop (writeFileAtomic of a large
// buffer; the real export) and is killed with SIGKILL at the most dangerous point of a write chosen by
// a seeded draw — its temporary file complete, the rename not done — which the child announces and
// waits at, so that where the kill lands does not depend on the machine's speed. After every kill,
// each file under a final name is checked whole: by its embedded hash, or against the export stored in
// the database and by verifying the package.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppServices } from '../../electron/services/app-services';
import { signedPdf } from '../../electron/services/export/export-report';
import { verifyPackage } from '../../electron/services/package/verify-package';
import { passphraseProtector } from '../../electron/services/signing/passphrase-protector';
import { TEST_PASSPHRASE } from '../helpers/cli';
import { GOOD_SAMPLE, readFixture } from '../helpers/fixtures';
import { background, isWhole } from '../helpers/stamped-buffer';
import { mulberry32 } from '../helpers/prng';

const CHILD_SOURCE = fileURLToPath(new URL('../helpers/interrupt-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Bundled once, where its packages resolve: starting plain node is several times faster than tsx,
// and each kill needs a fresh start.
const CHILD = join(ROOT, 'node_modules', '.cache', 'tongket-tests', 'interrupt-child.mjs');
/** writeFileAtomic's temporary names: hidden, never a final name. SIGKILL leaves them behind. */
const TEMP_NAME = /^\..+\.\d+\.\d+\.part$/;
const BUFFER_FILE = 'big.bin';
const BUFFER_SIZE = 8 * 1024 * 1024;

/** Starts the child, which stops at its `stop`-th atomic write just before the rename; kills it there. */
function runAndKill(args: string[], stop: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, ...args, String(stop)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stopped = false;
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      if (stopped || !c.toString().includes('stopped')) return;
      stopped = true;
      child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      // Anything but our SIGKILL means the child failed on its own, and the test proves nothing.
      if (signal === 'SIGKILL' && stopped) resolve();
      else reject(new Error(`child ended with ${signal ?? code} before the kill: ${stderr}`));
    });
  });
}

const splitNames = (dir: string) => {
  const all = readdirSync(dir);
  return { finals: all.filter((n) => !n.startsWith('.')), temps: all.filter((n) => n.startsWith('.')) };
};

let root: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tongket-interrupt-'));
  await build({ entryPoints: [CHILD_SOURCE], outfile: CHILD, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
  // The export writes the report's PDF: the bundle finds its fonts in fonts/ beside it, as dist/ does.
  cpSync(join(ROOT, 'electron', 'services', 'documents', 'fonts'), join(dirname(CHILD), 'fonts'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('killed while writing', () => {
  it('writeFileAtomic of an 8 MB file: under the final name, only ever a whole file (20 kills)', async () => {
    const dir = join(root, 'buffer');
    mkdirSync(dir);
    const base = background(BUFFER_SIZE);
    const r = mulberry32(20230519);
    let whole = 0;
    let midWrite = 0;
    for (let kill = 0; kill < 20; kill++) {
      const tempsBefore = splitNames(dir).temps.length;
      await runAndKill(['buffer', join(dir, BUFFER_FILE), String(BUFFER_SIZE)], 1 + Math.floor(r() * 4));
      const { finals, temps } = splitNames(dir);
      expect(finals.every((n) => n === BUFFER_FILE), finals.join()).toBe(true);
      for (const t of temps) expect(t).toMatch(TEMP_NAME);
      // The complete temporary file of the stopped write is left behind, never renamed.
      expect(temps.length, `kill ${kill}`).toBe(tempsBefore + 1);
      midWrite++;
      if (finals.length === 0) continue;
      expect(isWhole(readFileSync(join(dir, BUFFER_FILE)), base), `kill ${kill}`).toBe(true);
      whole++;
    }
    console.log(`buffer interrupted 20 times: ${midWrite} in the middle of a write; a whole file under the final name ${whole} times`);
    // The checks were not vacuous: a complete earlier file was there to check.
    expect(whole).toBeGreaterThanOrEqual(10);
  }, 120_000);

  it('the export: every file under a final name is the stored export, and the package verifies (6 kills)', async () => {
    const data = join(root, 'data');
    const out = join(root, 'out');
    mkdirSync(out);
    const setup = openAppServices({
      dataDir: data,
      create: true,
      host: { appVersion: '0.1.0', secrets: async () => passphraseProtector(TEST_PASSPHRASE), chooseExportDir: async () => out },
    });
    try {
      await setup.api.saveProfile({ unitCode: 'LDLD-TAMDUONG', signerName: 'Lò Văn Minh' });
      await setup.api.loadDraft({ draft: readFixture(GOOD_SAMPLE) });
    } finally {
      setup.close();
    }

    const r = mulberry32(19052023);
    let checked = 0;
    let leftovers = 0;
    let exported = 0;
    for (let kill = 0; kill < 6; kill++) {
      await runAndKill(['export', data, out], 1 + Math.floor(r() * 8));
      // The database opens after the kill (WAL recovery), and holds the truth to compare with.
      const s = openAppServices({ dataDir: data });
      try {
        const stored = new Map<string, Buffer>();
        exported = 0;
        for (const row of s.ctx.db.prepare<[], { file_name: string; package: Buffer; docx: Buffer; xlsx: Buffer }>('SELECT file_name, package, docx, xlsx FROM exports').all()) {
          const stem = row.file_name.replace(/\.tongket$/, '');
          stored.set(row.file_name, row.package).set(`${stem}.docx`, row.docx).set(`${stem}.xlsx`, row.xlsx);
          // The PDF beside the package is the one signed inside it.
          const pdf = await signedPdf(row.package);
          if (pdf) stored.set(`${stem}.pdf`, pdf);
          exported++;
        }
        const { finals, temps } = splitNames(out);
        for (const t of temps) expect(t).toMatch(TEMP_NAME);
        leftovers = temps.length;
        for (const name of finals) {
          const expected = stored.get(name);
          expect(expected, `${name} exists but no export of it was committed`).toBeDefined();
          expect(readFileSync(join(out, name)).equals(expected as Buffer), `${name} after kill ${kill}`).toBe(true);
          if (name.endsWith('.tongket')) await verifyPackage(readFileSync(join(out, name)), { lookupKey: (id) => s.ctx.keys.lookup(id) });
          checked++;
        }
      } finally {
        s.close();
      }
    }
    console.log(`export interrupted 6 times: ${exported} revisions exported, ${checked} final files checked, ${leftovers} temporary files left behind`);
    expect(checked).toBeGreaterThan(0);
  }, 120_000);
});

// Gate: Electronegativity finds nothing in the Electron main and preload code, as TypeScript sources
// and as the compiled bundles, with no network; and it does find the faults of a deliberately
// insecure fixture in both forms, so that a silent pass (nothing scanned, a check blind to the
// compiled code) cannot go unnoticed. The gate itself is scripts/electronegativity.mjs.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hardenedWebPreferences } from '../../electron/main/web-preferences';

const run = promisify(execFile);

interface Finding {
  check: string;
  file: string;
  line: number;
  sample: string;
}
interface Report {
  scanned: string[];
  checks: { atomic: number; global: number; excluded: string[] };
  findings: Finding[];
  excluded: Finding[];
  unusedExclusions: string[];
  errors: { file: string; message: string }[];
  networkAttempts: string[];
  passed: boolean;
}

const FIXTURE = 'tests/security/fixtures/insecure-app';
let work = '';

async function gate(targets: string[], options: { exclusions?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number; report: Report }> {
  const json = join(work, `report-${Math.random().toString(36).slice(2)}.json`);
  const args = ['scripts/electronegativity.mjs', '--json', json, ...(options.exclusions === false ? ['--no-exclusions'] : []), ...targets];
  let code = 0;
  try {
    await run(process.execPath, args, { env: { ...process.env, ...options.env } });
  } catch (e) {
    code = (e as { code?: number }).code ?? -1;
  }
  return { code, report: JSON.parse(readFileSync(json, 'utf8')) as Report };
}

const checksOf = (findings: Finding[]): string[] => [...new Set(findings.map((f) => f.check))].sort();

beforeAll(async () => {
  // Inside the project (out/ is ignored by git), so that paths read as in the repository.
  mkdirSync('out', { recursive: true });
  work = mkdtempSync(join('out', 'security-gate-'));
  const build = (outdir: string, ...entries: string[]) => run(process.execPath, ['scripts/build-electron.mjs', '--outdir', outdir, ...entries]);
  await Promise.all([
    build(join(work, 'dist', 'electron')),
    build(join(work, 'fixture'), '--main', `${FIXTURE}/insecure-main.ts`, '--preload', `${FIXTURE}/insecure-preload.ts`),
  ]);
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const WINDOW_CHECKS = ['AUXCLICK_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK'];
const FIXTURE_FAULTS = [
  'CONTEXT_ISOLATION_JS_CHECK',
  'SANDBOX_JS_CHECK',
  'WEB_SECURITY_JS_CHECK',
  'INSECURE_CONTENT_JS_CHECK',
  'NODE_INTEGRATION_JS_CHECK',
  'OPEN_EXTERNAL_JS_CHECK',
  'HTTP_RESOURCES_JS_CHECK',
  'LIMIT_NAVIGATION_GLOBAL_CHECK',
  'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
];

describe('Electronegativity gate', () => {
  it('passes the main and preload sources, offline, with only the documented exclusions', async () => {
    const { code, report } = await gate(['electron/main', 'electron/preload']);
    expect(report.findings).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(report.networkAttempts).toEqual([]);
    expect(code).toBe(0);
    expect(report.scanned).toEqual(expect.arrayContaining(['electron/main/window.ts', 'electron/main/hardening.ts', 'electron/main/main.ts', 'electron/preload/preload.ts']));
    expect(report.checks.atomic + report.checks.global).toBeGreaterThan(30);
    expect(report.checks.excluded).toEqual(['AvailableSecurityFixesGlobalCheck']);
    expect(report.excluded.map((f) => `${f.check} ${f.file}`).sort()).toEqual([
      'AUXCLICK_JS_CHECK electron/main/window.ts',
      'CONTEXT_ISOLATION_JS_CHECK electron/main/window.ts',
      'CSP_GLOBAL_CHECK N/A',
      'SANDBOX_JS_CHECK electron/main/window.ts',
    ]);
    expect(report.unusedExclusions).toEqual([]);
  });

  it('passes the compiled bundles, which it really reads (the window checks fire on the bundled window)', async () => {
    const dist = join(work, 'dist', 'electron');
    const { code, report } = await gate([join(dist, 'main.cjs'), join(dist, 'preload.cjs')]);
    expect(report.findings).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(report.networkAttempts).toEqual([]);
    expect(code).toBe(0);
    expect(report.scanned).toEqual([relative('.', join(dist, 'main.cjs')), relative('.', join(dist, 'preload.cjs'))]);
    expect(checksOf(report.excluded)).toEqual([...WINDOW_CHECKS, 'CSP_GLOBAL_CHECK'].sort());
  });

  it('fails on the insecure fixture, as sources', async () => {
    const { code, report } = await gate([FIXTURE]);
    expect(code).toBe(1);
    expect(report.passed).toBe(false);
    expect(checksOf(report.findings)).toEqual(expect.arrayContaining(FIXTURE_FAULTS));
    expect(report.networkAttempts).toEqual([]);
  });

  it('fails on the insecure fixture, compiled the way the app is compiled', async () => {
    const { code, report } = await gate([join(work, 'fixture', 'main.cjs'), join(work, 'fixture', 'preload.cjs')]);
    expect(code).toBe(1);
    expect(checksOf(report.findings)).toEqual(expect.arrayContaining(FIXTURE_FAULTS));
  });

  it('reports a second window even where the main window is excluded', async () => {
    const dir = join(work, 'second-window', 'electron', 'main');
    mkdirSync(dir, { recursive: true });
    const source = readFileSync('electron/main/window.ts', 'utf8');
    writeFileSync(join(dir, 'window.ts'), `${source}\nexport const helper = (): BrowserWindow => new BrowserWindow({ show: false });\n`);
    const { code, report } = await gate([join(work, 'second-window')]);
    expect(code).toBe(1);
    expect(checksOf(report.findings)).toEqual(expect.arrayContaining(WINDOW_CHECKS));
    const windowFindings = report.findings.filter((f) => WINDOW_CHECKS.includes(f.check));
    expect(windowFindings.map((f) => f.sample.includes('helper'))).toEqual([true, true, true]);
  });

  it('sees no fault in the hardened webPreferences when they are written inline', async () => {
    const dir = join(work, 'probe');
    mkdirSync(dir, { recursive: true });
    const prefs = JSON.stringify(hardenedWebPreferences('preload.cjs', true));
    writeFileSync(join(dir, 'probe-window.js'), `import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: ${prefs} });\n`);
    const { report } = await gate([dir], { exclusions: false });
    // Only what a lone window file cannot show: a preload to review, and the app-wide handlers and CSP.
    expect(checksOf(report.findings)).toEqual([
      'CSP_GLOBAL_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'PRELOAD_JS_CHECK',
    ]);
  });

  it('trips on any network use: with its real HTTP client, Electronegativity tries to download and the gate fails', async () => {
    const { code, report } = await gate(['electron/preload'], { env: { ELECTRONEGATIVITY_REAL_HTTP: '1' } });
    expect(report.networkAttempts.length).toBeGreaterThan(0);
    expect(code).toBe(1);
  });
});

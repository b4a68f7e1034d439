// @ts-check
// The Electronegativity security gate: `node scripts/electronegativity.mjs [--json FILE]
// [--no-exclusions] PATH...` scans the given folders and files (TypeScript sources, or the compiled
// .cjs bundles) in one run and exits 1 on any finding at any severity or confidence, on any file it
// could not parse, or on any attempt to reach the network. Electronegativity's own exit code is 0
// whatever it finds, hence this wrapper. Known false positives are listed, with reasons, in
// electronegativity-exclusions.mjs.
//
// Offline by construction: the only check that goes online (AvailableSecurityFixesGlobalCheck, which
// fetches Electron's release list) is excluded, the translation download Electronegativity attempts at
// every start is answered locally by a stub of its HTTP client (got), and every socket and DNS call
// of this process is refused and reported, so a new online feature fails the gate instead of leaking.
import dns from 'node:dns';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { EXCLUSIONS } from './electronegativity-exclusions.mjs';

const require = createRequire(import.meta.url);

/** The check that downloads Electron's release list to compare versions. */
const ONLINE_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const SCANNED_EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.jsx', '.cjs', '.mjs', '.html', '.htm']);

/**
 * @typedef {{ value: number, name: string }} Level
 * @typedef {{ id: string, file: string, location: { line: number, column: number }, sample?: string,
 *   description: string, severity: Level, confidence: Level, manualReview: boolean }} Issue
 * @typedef {{ file: string, message: string, tolerable: boolean }} ParseError
 * @typedef {{ input: string, isRelative: boolean, excludeFromScan: string[], electronVersionOverride: string }} RunOptions
 * @typedef {{ globalChecks: number, atomicChecks: number, errors: ParseError[], issues: Issue[] }} RunResult
 * @typedef {{ check: string, file: string, line: number, column: number, severity: string,
 *   confidence: string, sample: string, description: string, reason?: string }} Finding
 */

// --- No network: a tripwire on every socket and name lookup, before Electronegativity loads. ---
/** @type {string[]} */
const networkAttempts = [];
/** @param {string} what */
function refuse(what) {
  networkAttempts.push(what);
  return Object.assign(new Error(`network refused by the security gate: ${what}`), { code: 'ENETUNREACH' });
}
net.Socket.prototype.connect = function connect() {
  throw refuse('socket connect');
};
dns.lookup = /** @type {typeof dns.lookup} */ (/** @type {unknown} */ ((/** @type {string} */ host) => {
  throw refuse(`dns lookup ${host}`);
}));
dns.promises.lookup = async (host) => {
  throw refuse(`dns lookup ${host}`);
};
for (const Resolver of [dns.Resolver, dns.promises.Resolver]) {
  for (const method of /** @type {const} */ (['resolve', 'resolve4', 'resolve6', 'resolveAny'])) {
    Resolver.prototype[method] = /** @type {never} */ (() => {
      throw refuse(`dns ${method}`);
    });
  }
}

// Electronegativity fetches translations at start (i18n.js) with got; answer "offline" at once.
// ELECTRONEGATIVITY_REAL_HTTP=1 keeps the real got, for the test that proves the tripwire above works.
if (process.env.ELECTRONEGATIVITY_REAL_HTTP !== '1') {
  const engineRequire = createRequire(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = engineRequire.resolve('got');
  const offline = () => Promise.reject(new Error('offline: the security gate never downloads'));
  const gotStub = new Module(gotPath);
  gotStub.filename = gotPath;
  gotStub.loaded = true;
  gotStub.exports = Object.assign(offline, { head: offline, get: offline });
  require.cache[gotPath] = gotStub;
}

/** @type {(options: RunOptions) => Promise<RunResult>} */
const runElectronegativity = require('@doyensec/electronegativity');

// --- Staging: one folder holding every target, as Electronegativity reads it. ---

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(full);
    return [full];
  });
}

/**
 * Copies the targets into `stage`. Electronegativity reads only .js/.ts/.html, so .cjs/.mjs bundles
 * become .js; and its checks recognise `new BrowserWindow(...)` by name, so esbuild's CommonJS form
 * `new import_electron.BrowserWindow(...)` is written back to that name (otherwise every window check
 * would silently pass on the compiled code).
 * @param {string[]} targets
 * @param {string} stage
 * @returns {Map<string, string>} staged relative path → the original path, as reported
 */
function stageTargets(targets, stage) {
  /** @type {Map<string, string>} */
  const staged = new Map();
  for (const target of targets) {
    const abs = resolve(target);
    const shown = relative(process.cwd(), abs);
    const base = shown.startsWith('..') || isAbsolute(shown) ? basename(abs) : shown;
    const files = statSync(abs).isDirectory() ? walk(abs).map((f) => ({ file: f, name: join(base, relative(abs, f)) })) : [{ file: abs, name: base }];
    for (const { file, name } of files) {
      const ext = extname(file);
      if (!SCANNED_EXTENSIONS.has(ext) || file.endsWith('.d.ts')) continue;
      const stagedName = ext === '.cjs' || ext === '.mjs' ? `${name.slice(0, -ext.length)}.js` : name;
      const dest = join(stage, stagedName);
      mkdirSync(dirname(dest), { recursive: true });
      if (['.js', '.cjs', '.mjs'].includes(ext)) {
        const code = readFileSync(file, 'utf8').replace(/\bnew\s+import_electron\d*\.(BrowserWindow|BrowserView)\b/g, 'new $1');
        writeFileSync(dest, code);
      } else {
        cpSync(file, dest);
      }
      staged.set(stagedName.split(sep).join('/'), name.split(sep).join('/'));
    }
  }
  return staged;
}

/**
 * Splits findings into those an exclusion covers (each at most `max` times in any one file) and
 * the rest; also names the exclusions that matched nothing.
 * @param {Finding[]} findings
 * @param {readonly import('./electronegativity-exclusions.mjs').Exclusion[]} exclusions
 */
function applyExclusions(findings, exclusions) {
  /** @type {Map<string, number>} */
  const used = new Map();
  /** @type {Finding[]} */
  const kept = [];
  /** @type {Finding[]} */
  const excluded = [];
  for (const f of findings) {
    const i = exclusions.findIndex(
      (e, k) => e.check === f.check && e.file.test(f.file) && (!e.sample || e.sample.test(f.sample)) && (used.get(`${k} ${f.file}`) ?? 0) < e.max,
    );
    const rule = exclusions[i];
    if (rule) {
      used.set(`${i} ${f.file}`, (used.get(`${i} ${f.file}`) ?? 0) + 1);
      excluded.push({ ...f, reason: rule.reason });
    } else kept.push(f);
  }
  const unused = exclusions.filter((_, k) => ![...used.keys()].some((key) => key.startsWith(`${k} `))).map((e) => e.check);
  return { kept, excluded, unused };
}

async function main() {
  const { values, positionals } = parseArgs({
    options: { json: { type: 'string' }, 'no-exclusions': { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) {
    process.stderr.write('Usage: node scripts/electronegativity.mjs [--json FILE] [--no-exclusions] PATH...\n');
    process.exit(2);
  }
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const stage = mkdtempSync(join(tmpdir(), 'tongket-electronegativity-'));
  /** @type {string[]} */
  const log = [];
  const consoleLog = console.log;
  try {
    const staged = stageTargets(positionals, stage);
    process.env.LANG = 'en-US';
    console.log = (...args) => void log.push(args.map(String).join(' '));
    let result;
    try {
      result = await runElectronegativity({ input: stage, isRelative: true, excludeFromScan: ONLINE_CHECKS, electronVersionOverride: electronVersion });
    } finally {
      console.log = consoleLog;
    }
    /** @param {string} file */
    const original = (file) => staged.get(file.split(sep).join('/')) ?? file;
    /** @type {Finding[]} */
    const findings = result.issues.map((i) => ({
      check: i.id,
      file: original(i.file),
      line: i.location.line,
      column: i.location.column,
      severity: i.severity.name,
      confidence: i.confidence.name,
      sample: (i.sample ?? '').trim(),
      description: i.description,
    }));
    const { kept, excluded, unused } = applyExclusions(findings, values['no-exclusions'] ? [] : EXCLUSIONS);
    const errors = result.errors.filter((e) => !e.tolerable).map((e) => ({ file: original(e.file), message: e.message }));
    const report = {
      electronVersion,
      checks: { atomic: result.atomicChecks, global: result.globalChecks, excluded: ONLINE_CHECKS },
      scanned: [...staged.values()].sort(),
      findings: kept,
      excluded,
      unusedExclusions: unused,
      errors,
      networkAttempts,
      passed: kept.length === 0 && errors.length === 0 && networkAttempts.length === 0 && staged.size > 0,
    };
    if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
    const out = [`Electronegativity (Electron ${electronVersion}): ${report.scanned.length} files, ${result.atomicChecks + result.globalChecks} checks.`];
    for (const f of kept) out.push(`  ${f.check} ${f.severity}/${f.confidence} ${f.file}:${f.line}  ${f.sample}`);
    for (const e of errors) out.push(`  could not parse ${e.file}: ${e.message}`);
    for (const a of networkAttempts) out.push(`  tried to reach the network: ${a}`);
    if (staged.size === 0) out.push('  nothing was scanned');
    out.push(report.passed ? `  no findings (${excluded.length} known false positives excluded, see scripts/electronegativity-exclusions.mjs)` : '  FAILED');
    process.stdout.write(`${out.join('\n')}\n`);
    process.exitCode = report.passed ? 0 : 1;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

await main();

// @ts-check
// `npm run package:app -- [--platform win32|linux] [--arch x64]`: fills out/package-app, the folder
// electron-builder packs (build/electron-builder.config.cjs, directories.app): the main and preload
// bundles, the built renderer, and better-sqlite3 rebuilt for Electron for the target platform and
// architecture. The development tree's node_modules are never touched, so the tests keep the Node
// build (ARCHITECTURE.md, "Native module"). Needs the network: npm for better-sqlite3, and GitHub for
// its ready-made Electron build (or, for the machine's own platform, a compiler and Electron's headers).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
/** @type {typeof import('../build/native-modules.cjs')} */
const native = require('../build/native-modules.cjs');

const root = resolve(import.meta.dirname, '..');
const appDir = join(root, native.APP_DIR);

/** @param {string} message @returns {never} */
function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** @param {string} file */
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const { values } = parseArgs({ options: { platform: { type: 'string' }, arch: { type: 'string' } }, strict: true });
const platform = /** @type {NodeJS.Platform} */ (values.platform ?? process.platform);
const arch = values.arch ?? process.arch;
if (!['win32', 'linux'].includes(platform) || arch !== 'x64') fail(`TongKet is packaged for win32-x64 and linux-x64, not ${platform}-${arch}.`);

for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
  if (!existsSync(join(root, built))) fail(`${built} is missing: run "npm run build" first.`);
}
const electronVersion = readJson(require.resolve('electron/package.json')).version;

// A fresh folder each time: what it holds is exactly what ships.
rmSync(appDir, { recursive: true, force: true });
rmSync(join(root, native.TARGET_STAMP), { force: true });
mkdirSync(appDir, { recursive: true });
for (const f of ['main.cjs', 'preload.cjs']) cpSync(join(root, 'dist', 'electron', f), join(appDir, f));
cpSync(join(root, 'dist', 'renderer'), join(appDir, 'renderer'), { recursive: true });
cpSync(join(root, 'dist', 'electron', 'fonts'), join(appDir, 'fonts'), { recursive: true });

/** @type {Record<string, string>} */
const installed = {};
for (const name of native.NATIVE_MODULES) installed[name] = readJson(require.resolve(`${name}/package.json`)).version;
writeFileSync(join(appDir, 'package.json'), `${JSON.stringify(native.appPackageJson(readJson(join(root, 'package.json')), installed), null, 2)}\n`);

// The same versions as the development tree, without their install scripts: the rebuild below
// puts the Electron build in place instead of the Node one.
const npmCli = process.env.npm_execpath;
const npmArgs = ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'];
if (npmCli && /\.c?js$/.test(npmCli)) execFileSync(process.execPath, [npmCli, ...npmArgs], { cwd: appDir, stdio: 'inherit' });
else execFileSync('npm', npmArgs, { cwd: appDir, stdio: 'inherit', shell: process.platform === 'win32' });

const { rebuild } = await import('@electron/rebuild');
const options = native.rebuildOptions({ projectDir: root, appDir, electronVersion, platform, arch });
process.stdout.write(`Rebuilding ${options.onlyModules.join(', ')} for Electron ${electronVersion} (${platform}-${arch}) in ${appDir}\n`);
try {
  await rebuild(options);
} catch (e) {
  fail(
    `Could not rebuild ${options.onlyModules.join(', ')} for Electron ${electronVersion} (${platform}-${arch}): ${e instanceof Error ? e.message : String(e)}\n` +
      'The ready-made build comes from GitHub; compiling instead needs Electron\'s headers (electronjs.org) and a C++ toolchain for this platform.',
  );
}

const binary = join(appDir, ...native.SQLITE_BINARY.split('/'));
if (!existsSync(binary)) fail(`${binary} was not produced by the rebuild.`);
const found = native.binaryTarget(readFileSync(binary));
if (found.platform !== platform || found.arch !== arch) fail(`${binary} is for ${found.platform}-${found.arch}, not ${platform}-${arch}.`);

/** @type {import('../build/native-modules.cjs').TargetStamp} */
const stamp = { electronVersion, platform, arch, modules: [...native.NATIVE_MODULES] };
writeFileSync(join(root, native.TARGET_STAMP), `${JSON.stringify(stamp, null, 2)}\n`);
process.stdout.write(`${native.APP_DIR} is ready for electron-builder (${platform}-${arch}, Electron ${electronVersion}).\n`);

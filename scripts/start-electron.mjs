// `npm start`: runs the desktop app from a separate app folder (out/electron-app) so that the native
// better-sqlite3 there is built for Electron's ABI while the development tree keeps the Node build the
// tests use (ARCHITECTURE.md, "Native module"). Needs the Electron binary, which npm downloads from
// GitHub on install; where that is impossible this script says so and stops.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import process from 'node:process';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const appDir = join(root, 'out', 'electron-app');

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

let electronBinary;
try {
  electronBinary = require('electron');
} catch {
  fail(
    'Chưa có chương trình Electron. Trên máy có mạng, chạy một lần "node node_modules/electron/install.js" rồi "npm start".\n' +
      'Electron is not downloaded. On a machine with internet access, run "node node_modules/electron/install.js" once, then "npm start".\n' +
      'Không có Electron vẫn dùng được giao diện qua trình duyệt: npm run web',
  );
}
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

// The app folder: the bundles, the renderer, and only the native module with its two small helpers.
rmSync(join(appDir, 'renderer'), { recursive: true, force: true });
mkdirSync(appDir, { recursive: true });
for (const f of ['main.cjs', 'main.cjs.map', 'preload.cjs']) cpSync(join(root, 'dist', 'electron', f), join(appDir, f));
cpSync(join(root, 'dist', 'renderer'), join(appDir, 'renderer'), { recursive: true });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
writeFileSync(join(appDir, 'package.json'), JSON.stringify({ name: 'tongket', productName: 'TongKet', version: pkg.version, main: 'main.cjs', private: true }, null, 2));

const stamp = join(appDir, 'node_modules', '.electron-abi');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== electronVersion) {
  const modules = join(appDir, 'node_modules');
  rmSync(modules, { recursive: true, force: true });
  // The same run-time modules the installers ship (build/native-modules.cjs).
  for (const name of require('../build/native-modules.cjs').RUNTIME_MODULES) {
    const src = dirname(require.resolve(`${name}/package.json`));
    // The Node build and the C sources stay behind: prebuild-install puts the Electron build in place.
    const skip = name === 'better-sqlite3' ? ['build', 'deps', 'src'].map((d) => join(src, d)) : [];
    cpSync(src, join(modules, name), { recursive: true, filter: (p) => !skip.some((d) => p === d || p.startsWith(d + sep)) });
  }
  try {
    // better-sqlite3 publishes builds for each Electron ABI; fetch the one for this Electron.
    execFileSync(process.execPath, [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch], {
      cwd: join(modules, 'better-sqlite3'),
      stdio: 'inherit',
    });
  } catch {
    fail(`Không tải được better-sqlite3 dựng sẵn cho Electron ${electronVersion}. Cần mạng tới github.com, hoặc dựng bằng @electron/rebuild.`);
  }
  writeFileSync(stamp, electronVersion);
}

const child = spawn(electronBinary, [appDir, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));

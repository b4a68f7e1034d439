// @ts-check
// electron-builder configuration: Windows x64 (NSIS installer and portable) and Linux x64 (AppImage
// and deb). It packs out/package-app, which scripts/prepare-package-app.mjs fills with the bundles,
// the renderer and better-sqlite3 already rebuilt for Electron, so electron-builder itself rebuilds
// nothing (npmRebuild: false) and the development tree keeps its Node build. Checked without
// building by tests/security/builder-config.test.ts; see README, "Building the installers".
'use strict';
const { APP_DIR, RUNTIME_MODULES, SQLITE_BINARY } = require('./native-modules.cjs');

const PRODUCT_NAME = 'TongKet — Tổng kết công đoàn';
const DESCRIPTION = 'Báo cáo tổng kết cho công đoàn, làm việc không cần mạng';

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'vn.congdoan.tongket',
  productName: PRODUCT_NAME,
  // ASCII file names: the executable, the install folder and /opt/TongKet on Linux.
  executableName: 'TongKet',
  copyright: 'TongKet',
  directories: { app: APP_DIR, output: 'out/installers', buildResources: 'build' },

  // better-sqlite3 arrives rebuilt for Electron in the app folder; nothing is rebuilt here.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  asar: true,
  // A native addon cannot be loaded from inside app.asar; it stays a real file beside it.
  asarUnpack: [SQLITE_BINARY],
  // What runs: the bundles, the renderer, and better-sqlite3 with its two run-time helpers; not its C
  // sources, nor prebuild-install and its dependencies, which only fetched the Electron build.
  files: [
    '**/*',
    '!**/*.map',
    '!package-lock.json',
    '!node_modules/**/*',
    ...RUNTIME_MODULES.map((name) => `node_modules/${name}/**/*`),
    '!node_modules/better-sqlite3/{deps,src}/**/*',
  ],
  electronLanguages: ['vi', 'en-US'],
  // Offline by design (SPEC §9): no update feed, nothing published, no update check.
  publish: null,
  afterPack: './build/after-pack.cjs',

  fileAssociations: [
    {
      ext: 'tongket',
      name: 'TongKet.Package',
      description: 'Gói báo cáo TongKet',
      mimeType: 'application/vnd.tongket.package+zip',
      icon: 'icons/tongket-package.ico',
      role: 'Viewer',
    },
    {
      ext: 'tongket-receipt',
      name: 'TongKet.Receipt',
      description: 'Biên nhận báo cáo TongKet',
      mimeType: 'application/vnd.tongket.receipt+zip',
      icon: 'icons/tongket-receipt.ico',
      role: 'Viewer',
    },
    {
      ext: 'tongket-campaign',
      name: 'TongKet.Campaign',
      description: 'Đợt báo cáo TongKet',
      mimeType: 'application/vnd.tongket.campaign+zip',
      icon: 'icons/tongket-campaign.ico',
      role: 'Viewer',
    },
  ],

  win: {
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ],
    icon: 'icons/icon.ico',
  },
  nsis: {
    oneClick: false,
    // Per user by default: office PCs often give no administrator rights.
    perMachine: false,
    allowElevation: true,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'TongKet',
    uninstallDisplayName: PRODUCT_NAME,
    installerLanguages: ['vi_VN', 'en_US'],
    multiLanguageInstaller: true,
    // The reports in %APPDATA%\TongKet are the office's work: uninstalling never deletes them.
    deleteAppDataOnUninstall: false,
    artifactName: 'TongKet-${version}-CaiDat-${arch}.${ext}',
  },
  portable: {
    artifactName: 'TongKet-${version}-DiDong-${arch}.${ext}',
  },

  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    executableName: 'tongket',
    icon: 'icons/png',
    category: 'Office',
    synopsis: 'Báo cáo tổng kết công đoàn',
    description: DESCRIPTION,
    // deb needs a maintainer with an address; replace with the real contact before publishing.
    maintainer: 'TongKet <tongket@tongket.invalid>',
    vendor: 'TongKet',
    desktop: { entry: { Name: PRODUCT_NAME, Comment: DESCRIPTION, GenericName: 'Báo cáo tổng kết' } },
  },
  appImage: {
    artifactName: 'TongKet-${version}-${arch}.${ext}',
  },
  deb: {
    artifactName: 'tongket_${version}_${arch}.${ext}',
    priority: 'optional',
  },
};

module.exports = config;

// A province and its units in one process, with real services, real keys and real packages: each unit
// sets up, loads its varied sample and exports; the province registers the keys and imports. Faster
// than the CLI, so that the province's data layer can be tested case by case.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openAppServices, type AppServices } from '../../electron/services/app-services';
import { toDraftFile } from '../../electron/services/draft/draft-file-io';
import { currentDraft } from '../../electron/services/draft/draft-state';
import { requireProfile } from '../../electron/services/handlers/profile-handlers';
import { buildPackage } from '../../electron/services/package/write-package';
import { passphraseProtector } from '../../electron/services/signing/passphrase-protector';
import { unlockOwnKey } from '../../electron/services/signing/unlock';
import type { ReportValues } from '../../shared/report/values';
import { TEST_PASSPHRASE } from './cli';
import { FIXED_NOW } from './services';
import { variedDraft } from './province-sample';

export interface World {
  root: string;
  province: AppServices;
  units: Map<string, AppServices>;
  /** The folder the province's host "chooses" for exports and receipts. */
  out: string;
  close(): void;
}

function open(dir: string, out: string, clock: () => Date = () => FIXED_NOW): AppServices {
  return openAppServices({
    dataDir: dir,
    create: true,
    clock,
    host: { appVersion: '0.1.0', secrets: async () => passphraseProtector(TEST_PASSPHRASE), chooseExportDir: async () => out },
  });
}

export async function makeWorld(root: string, clock?: () => Date): Promise<World> {
  const out = join(root, 'out');
  mkdirSync(out, { recursive: true });
  const province = open(join(root, 'province'), out, clock);
  await province.api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện', documentNumber: '112', documentSymbol: 'BC-LĐLĐ' });
  const units = new Map<string, AppServices>();
  return {
    root,
    province,
    units,
    out,
    close: () => {
      province.close();
      for (const u of units.values()) u.close();
    },
  };
}

/**
 * Sets a unit up (key registered at the province unless `register` is false: its packages are then
 * held until a person confirms the key), loads variant `i` of the sample, exports revision 1.
 */
export async function unitExports(w: World, code: string, i: number, register = true): Promise<Buffer> {
  const out = join(w.root, code, 'out');
  mkdirSync(out, { recursive: true });
  const unit = open(join(w.root, code, 'data'), out);
  w.units.set(code, unit);
  await unit.api.saveProfile({ unitCode: code, signerName: 'Người Ký Thử' });
  await unit.api.loadDraft({ draft: variedDraft(code, i) });
  const r = await unit.api.exportPackage({});
  const key = unit.ctx.keys.ownActive(code);
  if (!key) throw new Error('no key');
  if (register) w.province.ctx.keys.registerForeign(code, key.publicKey, FIXED_NOW.toISOString());
  return readFileSync(join(out, r.packageFile));
}

/**
 * A package signed by the unit's own key whose data the app would never export: a second, different
 * package under an exported revision, or values that break the template's rules.
 */
export async function craftPackage(w: World, code: string, values: Record<string, unknown>, revision: number): Promise<Buffer> {
  const unit = w.units.get(code);
  if (!unit) throw new Error(`unit ${code} not made`);
  const ctx = unit.ctx;
  const profile = requireProfile(ctx);
  const { campaign, report } = currentDraft(ctx);
  const exported = ctx.exports.forReport(report.id);
  const built = await buildPackage({
    unit: { code, name: profile.unit.name, level: profile.unit.levelId },
    campaignId: campaign.id,
    templateId: campaign.template.id,
    templateVersion: campaign.template.version,
    revision,
    supersedes: revision > 1 ? (exported?.manifestSha256 ?? null) : null,
    reason: revision > 1 ? 'Sửa số liệu phụ lục' : null,
    createdAt: FIXED_NOW,
    appVersion: '0.1.0',
    signer: { name: profile.signerName, title: profile.signerTitle },
    summary: {},
    report: toDraftFile(campaign, { ...report, revision }, values as ReportValues, {}),
    documents: exported ?? { docx: Buffer.alloc(0), xlsx: Buffer.alloc(0) },
    secret: await unlockOwnKey(ctx, code),
  });
  return built.bytes;
}

export async function importInto(w: World, files: { name: string; bytes: Buffer }[]) {
  return w.province.api.importUploads({ files: files.map((f) => ({ name: f.name, dataBase64: f.bytes.toString('base64') })) });
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { formatDateTime, formatNumber } from '../../../shared/format/vi';
import { openAppServices } from '../../services/app-services';
import { databasePath } from '../../services/data-dir';
import { LIMITS } from '../../services/package/limits';
import { BUILTIN_CAMPAIGNS } from '../../services/repos/campaign-repo';
import { verifyPackage, type VerifiedPackage } from '../../services/package/verify-package';
import { parsePublicKeyFile } from '../../services/signing/minisign';
import { CliExit, EXIT, oneLineSafe, type CliIo } from '../io';
import { resolveDataDir, type GlobalOptions } from '../options';

function readBounded(path: string, max: number, what: string): Buffer {
  if (!existsSync(path)) throw new AppError('E_FILE_READ', `Không tìm thấy ${what} ${path}.`);
  if (statSync(path).size > max) {
    throw new AppError('E_PKG_SIZE', `${what} ${path} nặng ${formatNumber(statSync(path).size)} byte, vượt giới hạn ${formatNumber(max)} byte.`);
  }
  return readFileSync(path);
}

async function verifyWithLocalKeys(io: CliIo, g: GlobalOptions, bytes: Buffer, pub: string | undefined): Promise<VerifiedPackage> {
  const pinnedKey = pub ? parsePublicKeyFile(readBounded(resolve(io.cwd, pub), 4096, 'tệp khóa').toString('utf8')) : undefined;
  const dataDir = resolveDataDir(io, g);
  // Verifying needs no setup: with a data folder, its registered keys and campaigns are used too.
  if (!existsSync(databasePath(dataDir))) {
    // No data folder: still check the report against the built-in campaigns' templates.
    const lookupCampaign = (id: string) => BUILTIN_CAMPAIGNS.find((c) => c.id === id) ?? null;
    return verifyPackage(bytes, { lookupKey: () => null, lookupCampaign, ...(pinnedKey ? { pinnedKey } : {}) });
  }
  const services = openAppServices({ dataDir, readOnly: true });
  try {
    const { ctx } = services;
    return await verifyPackage(bytes, {
      lookupKey: (id) => ctx.keys.lookup(id),
      lookupCampaign: (id) => ctx.campaigns.find(id),
      ...(pinnedKey ? { pinnedKey } : {}),
    });
  } finally {
    services.close();
  }
}

export function registerVerify(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  program
    .command('verify')
    .description('kiểm tra một gói .tongket (chữ ký, nội dung) mà không nhập; mã thoát 4 nếu khóa chưa được đăng ký')
    .argument('<TỆP.tongket>', 'gói cần kiểm tra')
    .option('--pub <TỆP.pub>', 'khóa công khai của đơn vị gửi (nếu chưa đăng ký)')
    .action(async (file: string, o: { pub?: string }) => {
      const g = globals();
      const bytes = readBounded(resolve(io.cwd, file), LIMITS.packageBytes, 'gói');
      const r = await verifyWithLocalKeys(io, g, bytes, o.pub);
      const m = r.manifest;
      if (g.json) {
        io.out(JSON.stringify({ ok: true, trust: r.trust, fingerprint: r.fingerprint, manifestSha256: r.manifestSha256, manifest: m }, null, 2));
      } else {
        // Every name here is the sender's: one line each, nothing a terminal would act on.
        io.out(`Gói hợp lệ: ${oneLineSafe(m.unit.name)} (${oneLineSafe(m.unit.code)}), lần gửi ${m.revision}, lập lúc ${formatDateTime(new Date(m.createdAt))}.`);
        io.out(`Người ký: ${oneLineSafe(`${m.signer.title} ${m.signer.name}`.trim()) || "(không ghi)"}; khóa ${oneLineSafe(m.keyId)}, dấu vân tay ${r.fingerprint}.`);
        io.out(`Mã băm bản kê (SHA-256): ${r.manifestSha256}`);
        if (r.trust === 'unregistered') {
          io.out(`CHÚ Ý: chữ ký đúng với khóa đi kèm gói, nhưng khóa này chưa được đăng ký. Hãy gọi điện cho đơn vị gửi để đối chiếu dấu vân tay ${r.fingerprint}, hoặc kiểm tra bằng --pub.`);
        }
      }
      if (r.trust === 'unregistered') throw new CliExit(EXIT.untrusted);
    });
}

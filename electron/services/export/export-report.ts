// Export: the documents and the signed package of the current revision, written to a folder the host
// chose. The revision is frozen and the exact bytes stored before any file is written, so that
// exporting it again always gives the same package (the province would see different bytes under the
// same revision as a conflict).
import { join } from 'node:path';
import type { ExportResult } from '../../../shared/api/contract';
import { AppError } from '../../../shared/errors';
import { isoDateInZone } from '../../../shared/format/vi';
import { reportProgress } from '../../../shared/report/progress';
import type { ServiceContext } from '../context';
import { renderReportDocuments } from '../documents/index';
import { toDraftFile } from '../draft/draft-file-io';
import { currentDraft, draftView } from '../draft/draft-state';
import { writeFileAtomic } from '../fs/atomic-write';
import { requireProfile } from '../handlers/profile-handlers';
import { buildPackage, type BuildPackageInput } from '../package/write-package';
import { fingerprint, type PublicKey } from '../signing/minisign';
import { unlockOwnKey } from '../signing/unlock';
import { announcedKeyOf } from '../package/announced-key';
import { openSafeZip } from '../package/zip-read';
import { PDF_ENTRY } from '../../../shared/package/manifest';
import { exportEmail } from './email';
import { packageSummary } from './summary';

const stem = (fileName: string): string => fileName.replace(/\.tongket$/, '');

/** What a receiving unit's export adds to the plain one: its own documents and signed data entries. */
export interface ExportVariant {
  /** The documents of the report, rendered at the export; a unit's own report and appendix by default. */
  render?(issuedOn: string): Promise<{ docx: Buffer; xlsx: Buffer; pdf?: Buffer }>;
  /** More entries of the package (listed in the signed manifest). */
  dataFiles?: BuildPackageInput['dataFiles'];
  /** More totals for the manifest's summary. */
  summary?: Record<string, number>;
}

export async function exportReport(ctx: ServiceContext, folder: string, variant: ExportVariant = {}): Promise<ExportResult> {
  const profile = requireProfile(ctx);
  const state = currentDraft(ctx);
  const { campaign, report } = state;
  let stored = ctx.exports.forReport(report.id);
  const repeated = stored !== null;
  let announcedNow: PublicKey | null = null;

  if (!stored) {
    const view = draftView(ctx, state);
    const v = view.validation;
    if (v.errorCount > 0 || v.unexplainedCount > 0) {
      throw new AppError(
        'E_EXPORT_BLOCKED',
        `Chưa xuất được: báo cáo còn ${v.errorCount} lỗi và ${v.unexplainedCount} cảnh báo chưa giải trình. Hãy sửa các lỗi và ghi giải trình ở trang Rà soát, rồi xuất lại.`,
        { problems: v.issues.filter((i) => i.severity === 'error' || !i.explanation).map((i) => i.message) },
      );
    }
    if (profile.signerName.trim() === '') {
      // The manifest and the signature block name the signer: a report nobody signs is not sent.
      throw new AppError('E_EXPORT_BLOCKED', 'Chưa ghi họ tên người ký. Hãy ghi ở phần Thiết lập (hoặc "tongket setup --signer"), rồi xuất lại.');
    }
    const secret = await unlockOwnKey(ctx, profile.unit.code);
    const next = await announcedNextKey(ctx, profile.unit.code);
    announcedNow = next;
    const now = ctx.clock();
    const issuedOn = isoDateInZone(now);
    const documents = variant.render
      ? await variant.render(issuedOn)
      : await renderReportDocuments({ campaign, profile, values: view.values, explanations: view.explanations, issuedOn });
    const reason = ctx.reports.reason(report.id);
    const built = await buildPackage({
      unit: { code: profile.unit.code, name: profile.unit.name, level: profile.unit.levelId },
      campaignId: campaign.id,
      templateId: campaign.template.id,
      templateVersion: campaign.template.version,
      revision: report.revision,
      supersedes: report.revision > 1 ? ctx.exports.previousManifest(campaign.id, profile.unit.code, report.revision) : null,
      reason: report.revision > 1 ? reason : null,
      createdAt: now,
      appVersion: ctx.host.appVersion,
      signer: { name: profile.signerName, title: profile.signerTitle },
      summary: { ...packageSummary(campaign.template, view.values, v, reportProgress(campaign.template, view.values)), ...variant.summary },
      report: toDraftFile(campaign, report, view.values, view.explanations),
      documents,
      // Chosen on the export page or with --attach, stored with the revision; checked again by content.
      attachments: ctx.attachments.withData(report.id).map((a) => ({ name: a.name, data: a.data })),
      ...(variant.dataFiles ? { dataFiles: variant.dataFiles } : {}),
      ...(next ? { nextKey: next } : {}),
      secret,
    });
    stored = {
      reportId: report.id,
      fileName: built.fileName,
      manifestSha256: built.manifestSha256,
      packageSha256: built.packageSha256,
      keyId: built.manifest.keyId,
      package: built.bytes,
      docx: documents.docx,
      xlsx: documents.xlsx,
      createdAt: now.toISOString(),
    };
    const record = stored;
    ctx.db.transaction(() => {
      ctx.exports.insert(record);
      ctx.reports.freeze(report.id, record.createdAt);
      // Announced: from the next revision on, the new key signs.
      if (next) ctx.keys.promoteNext(profile.unit.code, record.createdAt);
    })();
  }

  const pdf = await signedPdf(stored.package);
  const files = [
    { name: stored.fileName, data: stored.package },
    { name: `${stem(stored.fileName)}.docx`, data: stored.docx },
    ...(pdf ? [{ name: `${stem(stored.fileName)}.pdf`, data: pdf }] : []),
    { name: `${stem(stored.fileName)}.xlsx`, data: stored.xlsx },
  ];
  for (const f of files) writeFileAtomic(join(folder, f.name), f.data);

  const key = ctx.keys.list().find((k) => k.keyId === stored.keyId);
  const print = key?.fingerprint ?? '';
  // What the package announced: known when it was just built, read back from its bytes when re-sent.
  const announcedKey = repeated ? await announcedKeyOf(stored.package) : announcedNow;
  const announced = announcedKey ? fingerprint(announcedKey) : null;
  const email = exportEmail(campaign, profile, report.revision, ctx.reports.reason(report.id), stored.fileName, stored.package.length, print, announced);
  return {
    revision: report.revision,
    folder,
    files: files.map((f) => ({ name: f.name, size: f.data.length })),
    packageFile: stored.fileName,
    packageSize: stored.package.length,
    manifestSha256: stored.manifestSha256,
    keyId: stored.keyId,
    fingerprint: print,
    emailSubject: email.subject,
    emailBody: email.body,
    repeated,
    announcedFingerprint: announced,
  };
}

/** The PDF signed in the package, written beside it for printing; none in packages of older versions. */
/** The signed PDF inside a package, written beside it (null for a package made before the PDF existed). */
export async function signedPdf(pkg: Buffer): Promise<Buffer | null> {
  const zip = await openSafeZip(pkg);
  try {
    return zip.entry(PDF_ENTRY) ? await zip.read(PDF_ENTRY) : null;
  } finally {
    zip.close();
  }
}

/**
 * The next key to announce in this export, if one waits and this computer can open it; one that it
 * cannot open (made on another computer) is dropped rather than announced and then unusable.
 */
async function announcedNextKey(ctx: ServiceContext, unitCode: string) {
  const next = ctx.keys.next(unitCode);
  if (!next) return null;
  const here = await ctx.host.secrets();
  if (here && (await ctx.keys.nextOpens(unitCode, here))) return next.publicKey;
  ctx.keys.dropNext(unitCode);
  return null;
}

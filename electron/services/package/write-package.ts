// Builds the signed package (SPEC §6) in memory: canonical manifest listing every other entry with its
// size and SHA-256, a minisign signature over the manifest, then the ZIP with `mimetype` first.
import { randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import {
  DOCX_ENTRY,
  MANIFEST_ENTRY,
  MIMETYPE_ENTRY,
  PACKAGE_FORMAT,
  PACKAGE_MIMETYPE,
  REPORT_ENTRY,
  SIGNATURE_ENTRY,
  NEXT_KEY_ENTRY,
  SIGNER_KEY_ENTRY,
  XLSX_ENTRY,
  PDF_ENTRY,
  packageFileName,
  trustedCommentFor,
  type Manifest,
} from '../../../shared/package/manifest';
import type { DraftFile } from '../../../shared/report/draft-file';
import { formatPublicKeyFile, keyIdHex, signMinisign, type PublicKey, type SecretKey } from '../signing/minisign';
import { MEDIA_TYPES, checkFileType } from './attachments';
import { sha256Hex } from './hashing';
import { writeZip, type ZipEntryInput } from './zip-write';

export interface PackageAttachment {
  /** File name inside `attachments/`, e.g. "bien-ban-hoi-nghi.pdf". */
  name: string;
  data: Buffer;
}

export interface BuildPackageInput {
  unit: Manifest['unit'];
  campaignId: string;
  templateId: string;
  templateVersion: number;
  revision: number;
  supersedes: string | null;
  reason: string | null;
  createdAt: Date;
  appVersion: string;
  signer: Manifest['signer'];
  summary: Manifest['summary'];
  report: DraftFile;
  documents: { docx: Buffer; xlsx: Buffer; pdf?: Buffer };
  attachments?: PackageAttachment[];
  /** More data entries, e.g. the province's `data/sources.json`: listed in the manifest, so signed too. */
  dataFiles?: { path: `data/${string}`; data: Buffer; mediaType: string }[];
  secret: SecretKey;
  /** The unit's next key, announced in this package signed by the current one (`keys/next.pub`). */
  nextKey?: PublicKey;
  /** Fixed only in tests; a fresh UUID otherwise. */
  packageId?: string;
}

export interface BuiltPackage {
  bytes: Buffer;
  fileName: string;
  manifest: Manifest;
  manifestBytes: Buffer;
  manifestSha256: string;
  packageSha256: string;
}

interface Payload {
  path: string;
  data: Buffer;
  mediaType: string;
  store: boolean;
}

async function payloads(input: BuildPackageInput): Promise<Payload[]> {
  const list: Payload[] = [
    { path: REPORT_ENTRY, data: Buffer.from(`${JSON.stringify(input.report, null, 2)}\n`), mediaType: 'application/json', store: false },
    { path: DOCX_ENTRY, data: input.documents.docx, mediaType: MEDIA_TYPES.docx, store: true },
    { path: XLSX_ENTRY, data: input.documents.xlsx, mediaType: MEDIA_TYPES.xlsx, store: true },
    { path: SIGNER_KEY_ENTRY, data: Buffer.from(formatPublicKeyFile(input.secret, input.unit.code)), mediaType: 'text/plain', store: false },
  ];
  // Stored, not deflated: the PDF's streams are compressed already.
  if (input.documents.pdf) list.push({ path: PDF_ENTRY, data: input.documents.pdf, mediaType: MEDIA_TYPES.pdf, store: true });
  if (input.nextKey) list.push({ path: NEXT_KEY_ENTRY, data: Buffer.from(formatPublicKeyFile(input.nextKey, input.unit.code)), mediaType: 'text/plain', store: false });
  for (const d of input.dataFiles ?? []) list.push({ path: d.path, data: d.data, mediaType: d.mediaType, store: false });
  for (const a of input.attachments ?? []) {
    const mediaType = await checkFileType(a.name, a.data);
    // Stored as they are: scans and photos are compressed already, and a deflated file that shrinks
    // a hundredfold (a mostly blank page) would meet the reader's zip-bomb limit at the province.
    list.push({ path: `attachments/${a.name}`, data: a.data, mediaType, store: true });
  }
  return list.sort((a, b) => (a.path < b.path ? -1 : 1));
}

export async function buildPackage(input: BuildPackageInput): Promise<BuiltPackage> {
  const files = await payloads(input);
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    packageId: input.packageId ?? randomUUID(),
    campaignId: input.campaignId,
    templateId: input.templateId,
    templateVersion: input.templateVersion,
    unit: input.unit,
    revision: input.revision,
    supersedes: input.supersedes,
    reason: input.reason,
    createdAt: input.createdAt.toISOString(),
    appVersion: input.appVersion,
    keyId: keyIdHex(input.secret.keyId),
    signer: input.signer,
    summary: input.summary,
    files: files.map((f) => ({ path: f.path, size: f.data.length, sha256: sha256Hex(f.data), mediaType: f.mediaType })),
  };
  const manifestBytes = Buffer.from(canonicalize(manifest) as string, 'utf8');
  const signature = signMinisign(manifestBytes, input.secret, trustedCommentFor(manifest), `TongKet ${manifest.unit.code} lần ${manifest.revision}`);
  const entries: ZipEntryInput[] = [
    { path: MIMETYPE_ENTRY, data: Buffer.from(PACKAGE_MIMETYPE, 'latin1'), store: true },
    { path: MANIFEST_ENTRY, data: manifestBytes },
    { path: SIGNATURE_ENTRY, data: Buffer.from(signature, 'utf8') },
    ...files.map((f) => ({ path: f.path, data: f.data, store: f.store })),
  ];
  const bytes = await writeZip(entries, input.createdAt);
  return {
    bytes,
    fileName: packageFileName(manifest.unit.code, manifest.campaignId, manifest.revision),
    manifest,
    manifestBytes,
    manifestSha256: sha256Hex(manifestBytes),
    packageSha256: sha256Hex(bytes),
  };
}

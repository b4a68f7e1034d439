// The receipt: a small signed file by which the receiving unit accepts or returns a package. Same
// signing scheme as the package (minisign prehashed over canonical JSON), its own mimetype and
// extension, and it names the package by its manifest hash.
import { randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { UNIT_CODE } from '../../../shared/units/directory';
import { openSignedZip } from '../package/signed-zip';
import { writeZip } from '../package/zip-write';
import { formatPublicKeyFile, keyIdHex, signMinisign, type PublicKey, type SecretKey } from '../signing/minisign';

export const RECEIPT_MIMETYPE = 'application/vnd.tongket.receipt+zip';
export const RECEIPT_EXTENSION = '.tongket-receipt';
const RECEIPT_ENTRY = 'receipt.json';
const SIGNATURE_ENTRY = 'receipt.json.minisig';
const KEY_ENTRY = 'keys/signer.pub';
const EXPECTED_ENTRIES = ['mimetype', RECEIPT_ENTRY, SIGNATURE_ENTRY, KEY_ENTRY];

export const ReceiptSchema = z
  .object({
    format: z.literal('tongket.receipt/1'),
    receiptId: z.uuid(),
    campaignId: z.string().min(1).max(80),
    unit: z.object({ code: UNIT_CODE, name: z.string().min(1).max(200) }).strict(),
    revision: z.number().int().min(1),
    packageManifestSha256: z.string().regex(/^[0-9a-f]{64}$/),
    decision: z.enum(['accepted', 'returned']),
    comment: z.string().max(5_000),
    /** Fields the comment is about, so that the unit's editor can link to them. */
    fields: z.array(z.object({ key: z.string().min(1).max(120), comment: z.string().max(2_000) }).strict()).max(200),
    issuer: z.object({ code: UNIT_CODE, name: z.string().min(1).max(200) }).strict(),
    decidedAt: z.iso.datetime(),
    keyId: z.string().regex(/^[0-9A-F]{16}$/),
  })
  .strict();

export type Receipt = z.infer<typeof ReceiptSchema>;

export const receiptFileName = (r: Pick<Receipt, 'unit' | 'campaignId' | 'revision' | 'decision'>): string =>
  `${r.unit.code}_${r.campaignId}_r${r.revision}_${r.decision === 'accepted' ? 'chap-nhan' : 'tra-lai'}${RECEIPT_EXTENSION}`;

const trustedComment = (r: Receipt): string => `receipt=${r.receiptId} unit=${r.unit.code} campaign=${r.campaignId} rev=${r.revision} decision=${r.decision}`;

export async function buildReceipt(fields: Omit<Receipt, 'format' | 'receiptId' | 'keyId'>, secret: SecretKey): Promise<{ bytes: Buffer; receipt: Receipt; fileName: string }> {
  const receipt: Receipt = { format: 'tongket.receipt/1', receiptId: randomUUID(), keyId: keyIdHex(secret.keyId), ...fields };
  const json = Buffer.from(canonicalize(receipt) as string, 'utf8');
  const sig = signMinisign(json, secret, trustedComment(receipt), `TongKet biên nhận ${receipt.unit.code} lần ${receipt.revision}`);
  const bytes = await writeZip(
    [
      { path: 'mimetype', data: Buffer.from(RECEIPT_MIMETYPE, 'latin1'), store: true },
      { path: RECEIPT_ENTRY, data: json },
      { path: SIGNATURE_ENTRY, data: Buffer.from(sig) },
      { path: KEY_ENTRY, data: Buffer.from(formatPublicKeyFile(secret)) },
    ],
    new Date(receipt.decidedAt),
  );
  return { bytes, receipt, fileName: receiptFileName(receipt) };
}

export const isReceipt = (bytes: Buffer): boolean =>
  bytes.length > 38 + RECEIPT_MIMETYPE.length && bytes.subarray(30, 38).toString('latin1') === 'mimetype' && bytes.subarray(38, 38 + RECEIPT_MIMETYPE.length).toString('latin1') === RECEIPT_MIMETYPE;

export interface VerifiedReceipt {
  receipt: Receipt;
  sha256: string;
  signerKey: PublicKey;
  fingerprint: string;
  /** The key is the one registered for the issuer (true), or only the one carried inside (false). */
  registered: boolean;
}

const bad = (detail: string) => new AppError('E_RECEIPT', `Biên nhận không hợp lệ (${detail}). Hãy đề nghị cấp trên gửi lại.`);

export async function verifyReceipt(bytes: Buffer, lookupKey: (keyId: string) => { publicKey: PublicKey; unitCode: string; revoked?: boolean } | null): Promise<VerifiedReceipt> {
  if (!isReceipt(bytes)) throw bad('không phải tệp biên nhận TongKet');
  let known: { publicKey: PublicKey; unitCode: string } | null = null;
  // The verifier packages and campaign files share: every hostile class is refused the same way.
  const z = await openSignedZip(bytes, {
    mimetype: RECEIPT_MIMETYPE,
    manifest: ReceiptSchema,
    signedEntry: RECEIPT_ENTRY,
    fixedEntries: EXPECTED_ENTRIES,
    trustedComment,
    keyIdOf: (r) => r.keyId,
    filesOf: () => [],
    noun: 'Biên nhận',
    sender: 'cấp trên',
    // The key id is a hint: the registered key counts only when it is the very key the receipt carries.
    chooseKey: (sigKeyId, carried) => {
      if (!carried) throw new AppError('E_SIGNATURE', 'Biên nhận không kèm khóa nên không kiểm tra được chữ ký. Hãy đề nghị cấp trên gửi lại.');
      const id = keyIdHex(sigKeyId);
      const found = lookupKey(id);
      const same = found && found.publicKey.key.equals(carried.key) ? found : null;
      if (same?.revoked) throw bad(`khóa ${id} đã bị thu hồi`);
      known = same;
      return same ? { key: same.publicKey, trust: 'registered', unitCode: same.unitCode } : { key: carried, trust: 'unregistered', unitCode: null };
    },
    checkManifest: (r, choice) => {
      if (choice.unitCode !== null && choice.unitCode !== r.issuer.code) throw new AppError('E_KEY_UNIT', `Biên nhận ghi là của ${r.issuer.code} nhưng ký bằng khóa của ${choice.unitCode}.`);
    },
  });
  return { receipt: z.manifest, sha256: z.fileSha256, signerKey: z.signerKey, fingerprint: z.fingerprint, registered: known !== null };
}

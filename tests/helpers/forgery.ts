// The attacker of issue 12: a key of their own made under somebody else's key id (the id is eight bytes
// anyone can copy from a .pub or a signature), signing packages and receipts that copy genuine ones but
// say what the attacker wants: other numbers, another unit, a "returned" decision.
import { randomUUID } from 'node:crypto';
import { sha256Hex } from '../../electron/services/package/hashing';
import { buildReceipt, type Receipt } from '../../electron/services/receipts/receipt-format';
import { generateSecretKey } from '../../electron/services/signing/key-store';
import { formatPublicKeyFile, keyIdHex, type PublicKey, type SecretKey } from '../../electron/services/signing/minisign';
import { REPORT_ENTRY, SIGNER_KEY_ENTRY, type Manifest } from '../../shared/package/manifest';
import { entriesOf, entryData, manifestOf, resign, withEntry } from '../fixtures/hostile/base-package';
import { craftZip } from '../fixtures/hostile/zip-craft';

/** A fresh Ed25519 key that announces itself with the victim's key id. */
export const keyUnderIdOf = (victim: PublicKey): SecretKey => ({ ...generateSecretKey(), keyId: Buffer.from(victim.keyId) });

export interface PackageChange {
  /** The unit the forgery claims to come from (default: the genuine package's). */
  unit?: Manifest['unit'];
  /** Report values to put in place of the genuine ones. */
  values?: Record<string, unknown>;
  /** Entries left out (and out of the manifest), e.g. a key announcement the forger cannot sign. */
  drop?: string[];
}

/**
 * The genuine package re-signed by `secret`, carrying `secret`'s public key as its signer key, with the
 * changes asked for: a package the app could have exported, except for who signed it.
 */
export function forgePackage(genuine: Buffer, secret: SecretKey, change: PackageChange = {}): Buffer {
  const drop = new Set(change.drop ?? []);
  const entries = entriesOf(genuine).filter((e) => typeof e.name !== 'string' || !drop.has(e.name));
  const manifest = manifestOf(entries);
  const unit = change.unit ?? manifest.unit;
  const report = JSON.parse(entryData(entries, REPORT_ENTRY).toString('utf8')) as { unitCode: string; values: Record<string, unknown> };
  const reportBytes = Buffer.from(JSON.stringify({ ...report, unitCode: unit.code, values: { ...report.values, ...change.values } }), 'utf8');
  const pub = Buffer.from(formatPublicKeyFile(secret, unit.code), 'utf8');
  const replaced: Record<string, Buffer> = { [REPORT_ENTRY]: reportBytes, [SIGNER_KEY_ENTRY]: pub };
  const files = manifest.files.filter((f) => !drop.has(f.path)).map((f) => {
    const data = replaced[f.path];
    return data ? { ...f, size: data.length, sha256: sha256Hex(data) } : f;
  });
  const forged: Manifest = { ...manifest, packageId: randomUUID(), unit, keyId: keyIdHex(secret.keyId), files };
  return craftZip(resign(withEntry(withEntry(entries, REPORT_ENTRY, reportBytes), SIGNER_KEY_ENTRY, pub), forged, secret));
}

export type ReceiptFields = Omit<Receipt, 'format' | 'receiptId' | 'keyId'>;

/** A receipt signed by `secret`, which need not be the issuer's key. */
export async function forgeReceipt(fields: ReceiptFields, secret: SecretKey): Promise<Buffer> {
  return (await buildReceipt(fields, secret)).bytes;
}

/** The receipt's fields as signed, without what signing adds, to copy into a forgery. */
export function receiptFieldsOf(receipt: Buffer): ReceiptFields {
  const signed = JSON.parse(entryData(entriesOf(receipt), 'receipt.json').toString('utf8')) as Partial<Receipt>;
  delete signed.format;
  delete signed.receiptId;
  delete signed.keyId;
  return signed as ReceiptFields;
}

/** The same entries zipped again with the other compression: other bytes, the same signed receipt. */
export const rezip = (zip: Buffer): Buffer =>
  craftZip(entriesOf(zip).map((e) => ({ name: e.name, data: e.data, method: e.name === 'mimetype' ? 0 : e.method === 0 ? 8 : 0 })));

/** The receipt with its decision changed after signing: the signature no longer holds. */
export function tamperedReceipt(zip: Buffer): Buffer {
  const entries = entriesOf(zip);
  const json = entryData(entries, 'receipt.json').toString('utf8').replace('"decision":"accepted"', '"decision":"returned"');
  return craftZip(withEntry(entries, 'receipt.json', Buffer.from(json, 'utf8')));
}

// minisign's file formats, so that `minisign -Vm manifest.json -p unit.pub` (and OpenSSL) can check a
// package without TongKet. Only the prehashed "ED" form is written or accepted: the legacy "Ed" form
// signs the whole file unhashed and is refused, as current minisign does by default.
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { AppError } from '../../../shared/errors';

export const KEY_ID_BYTES = 8;
const PUBLIC_KEY_ALG = Buffer.from('Ed');
const PREHASHED_ALG = Buffer.from('ED');
const LEGACY_ALG = Buffer.from('Ed');

export interface PublicKey {
  /** 8 bytes, as stored in minisign files (little-endian key number). */
  keyId: Buffer;
  /** Raw 32-byte Ed25519 public key. */
  key: Buffer;
}

export interface SecretKey extends PublicKey {
  /** Raw 32-byte Ed25519 seed. */
  seed: Buffer;
}

/** minisign prints a key id as the little-endian 64-bit number in upper-case hex. */
export const keyIdHex = (keyId: Buffer): string => Buffer.from(keyId).reverse().toString('hex').toUpperCase();

const b64u = (b: Buffer): string => b.toString('base64url');

export function privateKeyObject(k: SecretKey): KeyObject {
  return createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: b64u(k.seed), x: b64u(k.key) }, format: 'jwk' });
}

export function publicKeyObject(k: PublicKey): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: b64u(k.key) }, format: 'jwk' });
}

/** A short fingerprint of the public key to read over the phone: 16 hex digits in groups of four. */
export function fingerprint(k: PublicKey): string {
  const h = createHash('sha256').update(k.key).digest('hex').slice(0, 16).toUpperCase();
  return (h.match(/.{4}/g) ?? []).join('-');
}

/** The unit code rides in the untrusted comment, so that registering a .pub file can suggest its unit. */
export function formatPublicKeyFile(k: PublicKey, unitCode?: string): string {
  const body = Buffer.concat([PUBLIC_KEY_ALG, k.keyId, k.key]).toString('base64');
  return `untrusted comment: minisign public key ${keyIdHex(k.keyId)}${unitCode ? ` TongKet ${unitCode}` : ''}\n${body}\n`;
}

/**
 * Base64 as minisign reads it: Node's decoder skips characters outside the alphabet and ignores
 * non-zero padding bits, so a line minisign refuses would verify here. Only the canonical encoding is
 * accepted, so that TongKet never says "valid" where minisign says "invalid".
 */
function strictBase64(line: string): Buffer | null {
  const bytes = Buffer.from(line, 'base64');
  return bytes.toString('base64') === line ? bytes : null;
}


export function parsePublicKeyFile(text: string): PublicKey {
  const lines = text.replace(/\r\n/g, '\n').split('\n').filter((l) => l.trim() !== '');
  const body = lines.find((l) => !l.startsWith('untrusted comment:'));
  const raw = (body ? strictBase64(body.trim()) : null) ?? Buffer.alloc(0);
  if (raw.length !== 2 + KEY_ID_BYTES + 32 || !raw.subarray(0, 2).equals(PUBLIC_KEY_ALG)) {
    throw new AppError('E_KEY_FORMAT', 'Tệp khóa công khai không đúng định dạng minisign. Hãy xin lại tệp .pub từ đơn vị gửi.');
  }
  return { keyId: raw.subarray(2, 2 + KEY_ID_BYTES), key: raw.subarray(2 + KEY_ID_BYTES) };
}

const prehash = (message: Buffer): Buffer => createHash('blake2b512').update(message).digest();

/** Signs `message` in minisign's prehashed form with a one-line trusted comment. */
export function signMinisign(message: Buffer, secret: SecretKey, trustedComment: string, untrustedComment = 'signature from TongKet'): string {
  if (/[\r\n]/.test(trustedComment)) throw new RangeError('trusted comment must be one line');
  const priv = privateKeyObject(secret);
  const signature = sign(null, prehash(message), priv);
  const globalSignature = sign(null, Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]), priv);
  const sigLine = Buffer.concat([PREHASHED_ALG, secret.keyId, signature]).toString('base64');
  return `untrusted comment: ${untrustedComment}\n${sigLine}\ntrusted comment: ${trustedComment}\n${globalSignature.toString('base64')}\n`;
}

export interface ParsedSignature {
  keyId: Buffer;
  signature: Buffer;
  trustedComment: string;
  globalSignature: Buffer;
}

const signatureFormatError = () =>
  new AppError('E_SIGNATURE_FORMAT', 'Chữ ký của gói không đúng định dạng minisign. Gói có thể đã bị hỏng; hãy đề nghị đơn vị gửi lại.');

export function parseSignatureFile(text: string): ParsedSignature {
  const lines = text.split('\n');
  if (lines.length < 4 || !lines[0]?.startsWith('untrusted comment:') || !lines[2]?.startsWith('trusted comment: ')) {
    throw signatureFormatError();
  }
  const sig = strictBase64(lines[1] ?? '');
  const globalSignature = strictBase64(lines[3] ?? '');
  if (sig?.length !== 2 + KEY_ID_BYTES + 64 || globalSignature?.length !== 64) throw signatureFormatError();
  const alg = sig.subarray(0, 2);
  if (alg.equals(LEGACY_ALG)) {
    throw new AppError('E_SIGNATURE_LEGACY', 'Gói được ký theo kiểu cũ (không băm trước), TongKet không chấp nhận. Hãy đề nghị đơn vị xuất lại gói bằng TongKet.');
  }
  if (!alg.equals(PREHASHED_ALG)) throw signatureFormatError();
  return {
    keyId: sig.subarray(2, 2 + KEY_ID_BYTES),
    signature: sig.subarray(2 + KEY_ID_BYTES),
    trustedComment: (lines[2] ?? '').slice('trusted comment: '.length),
    globalSignature,
  };
}

/** True when both the file signature and the trusted-comment signature are valid for this key. */
export function verifyMinisign(message: Buffer, parsed: ParsedSignature, publicKey: PublicKey): boolean {
  if (!parsed.keyId.equals(publicKey.keyId)) return false;
  const pub = publicKeyObject(publicKey);
  return (
    verify(null, prehash(message), pub, parsed.signature) &&
    verify(null, Buffer.concat([parsed.signature, Buffer.from(parsed.trustedComment, 'utf8')]), pub, parsed.globalSignature)
  );
}

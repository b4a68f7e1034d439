// Whether this computer can sign with the unit's key, told by trying to open it: the only sure way,
// since a keychain blob from another computer looks the same as one from this computer until then.
import type { SigningKeyInfo, SigningKeyState } from '../../../shared/api/contract';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { PASSPHRASE_SCHEME } from './passphrase-protector';

export async function signingKeyState(ctx: ServiceContext, unitCode: string): Promise<SigningKeyState> {
  const protector = await ctx.host.secrets();
  if (!protector) return 'no-protection';
  try {
    await ctx.keys.unlockOwn(unitCode, protector);
    return 'ready';
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (e.code === 'E_PASSPHRASE') return 'needs-passphrase';
    if (e.code === 'E_KEY_LOCKED') return ctx.keys.ownScheme(unitCode) === PASSPHRASE_SCHEME ? 'needs-passphrase' : 'unreadable';
    throw e;
  }
}

/** The unit's active key as the pages show it, or null before the first one is made. */
export async function signingKeyInfo(ctx: ServiceContext, unitCode: string): Promise<SigningKeyInfo | null> {
  const key = ctx.keys.ownActive(unitCode);
  if (!key) return null;
  const next = ctx.keys.next(unitCode);
  return {
    keyId: key.keyId,
    fingerprint: key.fingerprint,
    createdAt: key.createdAt,
    state: await signingKeyState(ctx, unitCode),
    next: next ? { keyId: next.keyId, fingerprint: next.fingerprint, createdAt: next.createdAt } : null,
  };
}

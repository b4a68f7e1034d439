// The next key a package announces (keys/next.pub), read back from stored bytes of our own export, for
// the result and the e-mail text when a frozen revision is exported again.
import { NEXT_KEY_ENTRY } from '../../../shared/package/manifest';
import { parsePublicKeyFile, type PublicKey } from '../signing/minisign';
import { LIMITS } from './limits';
import { openSafeZip } from './zip-read';

export async function announcedKeyOf(packageBytes: Buffer): Promise<PublicKey | null> {
  const zip = await openSafeZip(packageBytes);
  try {
    return zip.entry(NEXT_KEY_ENTRY) ? parsePublicKeyFile((await zip.read(NEXT_KEY_ENTRY, LIMITS.signatureBytes)).toString('utf8')) : null;
  } finally {
    zip.close();
  }
}

// A warning where the user works (home, export) when this computer cannot sign with the unit's key
// yet, as after a move: what is wrong in one sentence, and the way to Settings where it is mended.
import type { SigningKeyInfo } from '../../../shared/api/contract';
import type { Translate } from '../../i18n/i18n';
import { routeHref } from '../../routing/route';

export function KeyAttention({ signingKey, t }: { signingKey: SigningKeyInfo | null; t: Translate }) {
  const state = signingKey?.state;
  if (state !== 'needs-passphrase' && state !== 'unreadable') return null;
  return (
    <div className="alert alert-warn" data-testid="key-attention">
      <p>{t(`key.state.${state}`)}</p>
      <a href={routeHref({ page: 'settings' })}>{t('key.openSettings')}</a>
    </div>
  );
}

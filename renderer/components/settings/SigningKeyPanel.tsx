// The unit's signing key on this computer: its fingerprint and whether it can sign here. After a move
// the passphrase is typed once; when the key is bound to another computer's keychain, the way out is
// a move file from that computer or, failing that, a new key announced to the level above.
import { useState, type FormEvent } from 'react';
import type { PublicKeyFile, SigningKeyInfo } from '../../../shared/api/contract';
import type { Translate } from '../../i18n/i18n';
import { DangerDialog } from '../common/DangerDialog';
import { TextRow } from '../common/TextRow';
import { ErrorLine } from '../common/ErrorLine';

export interface SigningKeyPanelProps {
  loaded: boolean;
  signingKey: SigningKeyInfo | null;
  busy: boolean;
  error: string | null;
  changed: 'adopted' | 'replaced' | null;
  publicKey: PublicKeyFile | null;
  onAdopt(passphrase: string): void;
  onReplace(): Promise<void>;
  onExportPublicKey(): void;
  onAnnounce(): void;
  t: Translate;
}

export function SigningKeyPanel({ loaded, signingKey, busy, error, changed, publicKey, onAdopt, onReplace, onExportPublicKey, onAnnounce, t }: SigningKeyPanelProps) {
  const [passphrase, setPassphrase] = useState('');
  const [replacing, setReplacing] = useState(false);
  const adopt = (e: FormEvent) => {
    e.preventDefault();
    onAdopt(passphrase);
    setPassphrase('');
  };
  const state = signingKey?.state;
  return (
    <section className="panel" aria-labelledby="h-signing-key" data-testid="signing-key-panel">
      <h2 id="h-signing-key">{t('key.title')}</h2>
      {!loaded ? <p className="muted">{t('app.loading')}</p> : null}
      {loaded && !signingKey ? <p>{t('key.none')}</p> : null}
      {signingKey ? (
        <>
          <p>
            {t('key.fingerprint')}: <strong className="mono">{signingKey.fingerprint}</strong>
          </p>
          <p className={state === 'ready' ? 'alert alert-ok' : 'alert alert-warn'} data-testid="key-state">
            {t(`key.state.${signingKey.state}`)}
          </p>
        </>
      ) : null}
      <div role="status" aria-live="polite">
        {changed === 'adopted' && signingKey ? <p className="note">{t('key.adopted', { fingerprint: signingKey.fingerprint })}</p> : null}
        {changed === 'replaced' && signingKey ? <p className="note">{t('key.replaced', { fingerprint: signingKey.fingerprint })}</p> : null}
        {publicKey ? <p className="note">{t('key.publicWritten', { path: publicKey.path })}</p> : null}
      </div>
      <ErrorLine error={error} />
      {state === 'needs-passphrase' ? (
        <form className="form" onSubmit={adopt} noValidate>
          <TextRow id="key-passphrase" type="password" label={t('key.passphrase')} value={passphrase} onChange={setPassphrase} autoComplete="off" />
          <button type="submit" className="button button-primary" disabled={busy || passphrase === ''}>
            {t('key.adopt')}
          </button>
        </form>
      ) : null}
      {signingKey?.next ? (
        <p className="note" data-testid="key-next">
          {t('key.nextWaiting', { fingerprint: signingKey.next.fingerprint })}
        </p>
      ) : null}
      {state === 'ready' && !signingKey?.next ? (
        <>
          <p className="field-help">{t('key.announceHelp')}</p>
          <button type="button" className="button" disabled={busy} onClick={onAnnounce}>
            {t('key.announce')}
          </button>
        </>
      ) : null}
      {state === 'ready' ? <p className="field-help">{t('key.replaceWhen')}</p> : null}
      {state && state !== 'no-protection' ? (
        <button type="button" className="button secondary" disabled={busy} onClick={() => setReplacing(true)}>
          {t('key.replace')}
        </button>
      ) : null}
      {changed === 'replaced' ? (
        <button type="button" className="button" disabled={busy} onClick={onExportPublicKey}>
          {t('key.exportPublic')}
        </button>
      ) : null}
      {replacing && signingKey ? (
        <DangerDialog
          title={t('key.replaceTitle')}
          intro={t('key.replaceIntro', { fingerprint: signingKey.fingerprint })}
          submitLabel={t('key.replace')}
          onConfirm={async () => {
            await onReplace();
            setReplacing(false);
          }}
          onClose={() => setReplacing(false)}
          t={t}
        />
      ) : null}
    </section>
  );
}

// Settings: the interface language, the way back to the unit and signer details, the signing key on
// this computer, moving to a new computer, and backups.
import { useStore } from 'zustand';
import { useEffect } from 'react';
import { useBackups, useSession, useSigning, useStores, useT } from '../app/stores';
import { BackupPanel } from '../components/settings/BackupPanel';
import { MovePanel } from '../components/settings/MovePanel';
import { SigningKeyPanel } from '../components/settings/SigningKeyPanel';
import { PageTitle } from '../components/layout/PageTitle';
import { LANGS } from '../i18n/i18n';
import { routeHref } from '../routing/route';
import { rich } from '../components/common/SourceText';

export function SettingsPage() {
  const t = useT();
  const { locale } = useStores();
  const lang = useStore(locale, (s) => s.lang);
  const profile = useSession((s) => s.profile);
  const { backups } = useStores();
  const backup = useBackups((s) => s);
  const { signing } = useStores();
  const key = useSigning((s) => s);
  useEffect(() => {
    void backups.getState().load();
    void signing.getState().load();
  }, [backups, signing]);
  return (
    <div className="settings">
      <PageTitle>{t('settings.title')}</PageTitle>
      <section className="panel" aria-labelledby="h-lang">
        <h2 id="h-lang">{t('settings.language')}</h2>
        <fieldset className="choices" aria-describedby="lang-help">
          <legend className="visually-hidden">{t('settings.language')}</legend>
          <p className="field-help" id="lang-help">
            {t('settings.languageHelp')}
          </p>
          {LANGS.map((l) => (
            <label key={l} className="choice" lang={l}>
              <input type="radio" name="lang" value={l} checked={lang === l} onChange={() => locale.getState().setLang(l)} />
              {/* Each language is named in itself, whatever the interface language. */}
              <span lang={l} {...(l === 'vi' ? { 'data-source-text': '' } : {})}>
                {t(l === 'vi' ? 'lang.vi' : 'lang.en')}
              </span>
            </label>
          ))}
        </fieldset>
      </section>
      <section className="panel" aria-labelledby="h-profile">
        <h2 id="h-profile">{t('settings.profile')}</h2>
        <p>
          {rich(t, 'settings.profileHelp', { unit: profile?.unit.name ?? '', signer: profile?.signerName || t('settings.noSigner') }, profile?.signerName ? ['unit', 'signer'] : ['unit'])}
        </p>
        <a className="button" href={routeHref({ page: 'profile' })}>
          {t('settings.editProfile')}
        </a>
        <p className="field-help">{t('settings.data')}</p>
      </section>
      <SigningKeyPanel
        loaded={key.loaded}
        signingKey={key.key}
        busy={key.busy}
        error={key.error}
        changed={key.changed}
        publicKey={key.publicKey}
        onAdopt={(passphrase) => void signing.getState().adopt(passphrase)}
        onReplace={() => signing.getState().replace()}
        onExportPublicKey={() => void signing.getState().exportPublicKey()}
        onAnnounce={() => void signing.getState().announce()}
        t={t}
      />
      <MovePanel
        ready={key.key?.state === 'ready'}
        busy={key.busy}
        error={key.moveError}
        moved={key.moved}
        onCreate={(passphrase) => void signing.getState().createMove(passphrase)}
        t={t}
      />
      <BackupPanel
        list={backup.list}
        busy={backup.busy}
        error={backup.error}
        made={backup.made}
        restored={backup.restored}
        onBackup={() => void backups.getState().backupNow()}
        onRestore={(name) => void backups.getState().restore(name)}
        onRestoreFile={(file) => void backups.getState().restoreFile(file)}
        t={t}
      />
    </div>
  );
}

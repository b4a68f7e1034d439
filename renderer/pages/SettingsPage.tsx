// Settings: the interface language, and the way back to the unit and signer details.
import { useStore } from 'zustand';
import { useEffect } from 'react';
import { useBackups, useSession, useStores, useT } from '../app/stores';
import { BackupPanel } from '../components/settings/BackupPanel';
import { PageTitle } from '../components/layout/PageTitle';
import { LANGS } from '../i18n/i18n';
import { routeHref } from '../routing/route';

export function SettingsPage() {
  const t = useT();
  const { locale } = useStores();
  const lang = useStore(locale, (s) => s.lang);
  const profile = useSession((s) => s.profile);
  const { backups } = useStores();
  const backup = useBackups((s) => s);
  useEffect(() => {
    void backups.getState().load();
  }, [backups]);
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
              <span>{t(l === 'vi' ? 'lang.vi' : 'lang.en')}</span>
            </label>
          ))}
        </fieldset>
      </section>
      <section className="panel" aria-labelledby="h-profile">
        <h2 id="h-profile">{t('settings.profile')}</h2>
        <p>{t('settings.profileHelp', { unit: profile?.unit.name ?? '', signer: profile?.signerName || t('settings.noSigner') })}</p>
        <a className="button" href={routeHref({ page: 'profile' })}>
          {t('settings.editProfile')}
        </a>
        <p className="field-help">{t('settings.data')}</p>
      </section>
      <BackupPanel
        list={backup.list}
        busy={backup.busy}
        error={backup.error}
        made={backup.made}
        restored={backup.restored}
        onBackup={() => void backups.getState().backupNow()}
        onRestore={(name) => void backups.getState().restore(name)}
        t={t}
      />
    </div>
  );
}

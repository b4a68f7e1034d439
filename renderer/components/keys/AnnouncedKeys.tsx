// Keys the units announced in packages signed by their registered key: known, not trusted. A person
// phones the unit, types the fingerprint read out, and the key is registered (retiring the old one).
import type { AnnouncedKey } from '../../../shared/api/inbox-types';
import { formatDateTime } from '../../../shared/format/vi';
import type { Translate } from '../../i18n/i18n';

export interface AnnouncedKeysProps {
  announced: AnnouncedKey[];
  unitName(code: string): string;
  onConfirm(key: AnnouncedKey): void;
  t: Translate;
}

export function AnnouncedKeys({ announced, unitName, onConfirm, t }: AnnouncedKeysProps) {
  return (
    <section className="panel" aria-labelledby="h-announced" data-testid="announced-keys">
      <h2 id="h-announced">{t('announced.title', { n: announced.length })}</h2>
      <p className="field-help">{t('announced.help')}</p>
      <ul className="announced-list">
        {announced.map((a) => (
          <li key={a.keyId} data-key={a.keyId}>
            {t('announced.line', { unit: unitName(a.unitCode), revision: a.revision, time: formatDateTime(new Date(a.announcedAt)) })}{' '}
            <span className="mono">{a.fingerprint}</span>{' '}
            <button type="button" className="button" onClick={() => onConfirm(a)} aria-label={t('announced.confirmLabel', { unit: unitName(a.unitCode) })}>
              {t('announced.confirm')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

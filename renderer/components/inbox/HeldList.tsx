// Packages still held for a key nobody has confirmed yet, including those from earlier days: the
// inbox is where a person decides about them.
import type { HeldPackage } from '../../../shared/api/inbox-types';
import { formatDateTime } from '../../../shared/format/vi';
import type { Translate } from '../../i18n/i18n';
import type { KeyAction } from './ImportResults';

export interface HeldListProps {
  held: HeldPackage[];
  onConfirm(key: KeyAction): void;
  onRefuse(key: KeyAction): void;
  t: Translate;
}

export function HeldList({ held, onConfirm, onRefuse, t }: HeldListProps) {
  const byKey = new Map<string, HeldPackage[]>();
  for (const h of held) byKey.set(h.keyId, [...(byKey.get(h.keyId) ?? []), h]);
  return (
    <ul className="result-list">
      {[...byKey.entries()].map(([keyId, items]) => {
        const first = items[0] as HeldPackage;
        const key = { keyId, unitCode: first.unitCode, fingerprint: first.fingerprint };
        return (
          <li key={keyId} className="result result-warn">
            <p className="result-message">
              <strong>{first.unitCode}</strong> — {t('held.fingerprint')} <span className="mono fingerprint">{first.fingerprint}</span>
            </p>
            <ul className="held-items">
              {items.map((h) => (
                <li key={`${h.source}-${h.revision}`}>{t('held.item', { source: h.source, revision: h.revision, time: formatDateTime(new Date(h.receivedAt)) })}</li>
              ))}
            </ul>
            <div className="result-actions">
              <button type="button" className="button button-primary" onClick={() => onConfirm(key)}>
                {t('held.confirm')}
              </button>
              <button type="button" className="button" onClick={() => onRefuse(key)}>
                {t('held.refuse')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

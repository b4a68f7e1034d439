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
  // One entry per key, named by its fingerprint: a key id can be copied by a forger, so two keys
  // under one key id are two entries, each with its own fingerprint and its own decision.
  const byKey = new Map<string, HeldPackage[]>();
  for (const h of held) byKey.set(h.fingerprint, [...(byKey.get(h.fingerprint) ?? []), h]);
  const keyIds = [...byKey.values()].map((items) => (items[0] as HeldPackage).keyId);
  return (
    <ul className="result-list">
      {[...byKey.entries()].map(([fingerprint, items]) => {
        const first = items[0] as HeldPackage;
        const key = { keyId: first.keyId, unitCode: first.unitCode, fingerprint };
        const units = [...new Set(items.map((h) => h.unitCode))].join(', ');
        const shared = keyIds.filter((id) => id === first.keyId).length > 1;
        return (
          <li key={fingerprint} className="result result-warn" data-fingerprint={fingerprint}>
            <p className="result-message">
              <strong>{units}</strong> — {t('held.fingerprint')} <span className="mono fingerprint">{fingerprint}</span>{' '}
              <span className="muted">{t('held.keyId', { key: first.keyId })}</span>
            </p>
            {shared ? <p className="result-message">{t('held.sharedKeyId', { key: first.keyId })}</p> : null}
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

// The key registry: whose key, its id and fingerprint, whether it is in use, and "revoke" for the keys
// of other units (this unit's own key is replaced, not revoked, from here).
import type { KeyInfo } from '../../../shared/api/inbox-types';
import { formatDateTime } from '../../../shared/format/vi';
import type { Translate } from '../../i18n/i18n';
import { SOURCE_TEXT } from '../common/SourceText';

export interface KeyTableProps {
  keys: KeyInfo[];
  unitName(code: string): string;
  onRevoke(key: KeyInfo): void;
  t: Translate;
}

export function KeyTable({ keys, unitName, onRevoke, t }: KeyTableProps) {
  if (keys.length === 0) return <p className="muted">{t('keys.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="grid data-table" data-testid="key-table">
        <thead>
          <tr>
            <th scope="col">{t('keys.col.unit')}</th>
            <th scope="col">{t('keys.col.fingerprint')}</th>
            <th scope="col">{t('keys.col.keyId')}</th>
            <th scope="col">{t('keys.col.status')}</th>
            <th scope="col">{t('keys.col.since')}</th>
            <th scope="col">{t('keys.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.keyId} data-key={k.keyId} className={k.status === 'revoked' ? 'row-muted' : undefined}>
              <th scope="row" className="unit-cell">
                <span className="unit-name" {...SOURCE_TEXT}>
                  {unitName(k.unitCode)}
                </span>
                <span className="unit-code mono">{k.unitCode}</span>
                {k.own ? <span className="badge badge-partial">{t('keys.ownBadge')}</span> : null}
              </th>
              <td className="mono fingerprint">{k.fingerprint}</td>
              <td className="mono">{k.keyId}</td>
              <td>
                {k.status === 'active' ? (
                  <span className="badge badge-ok">{t('keys.status.active')}</span>
                ) : (
                  <span className="badge badge-error">{t('keys.status.revoked', { time: k.revokedAt ? formatDateTime(new Date(k.revokedAt)) : '' })}</span>
                )}
              </td>
              <td className="nowrap">{formatDateTime(new Date(k.createdAt))}</td>
              <td>
                {!k.own && k.status === 'active' ? (
                  <button type="button" className="button button-small" onClick={() => onRevoke(k)} aria-label={t('keys.revokeUnit', { unit: unitName(k.unitCode) })}>
                    {t('keys.revoke')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

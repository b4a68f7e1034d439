// One line per file: what happened to it in a full sentence; a package held for an unknown key shows
// the key's fingerprint and the two decisions a person can take.
import type { ResultLine } from '../../store/inbox-store';
import type { Translate } from '../../i18n/i18n';
import { OUTCOME_LABEL, OUTCOME_TONE } from './outcomes';

export interface KeyAction {
  keyId: string;
  unitCode: string;
  fingerprint: string;
}

export interface ImportResultsProps {
  lines: ResultLine[];
  /**
   * Absent where held files are settled elsewhere: a receipt waits for the level above's key, which is
   * registered from its .pub (no confirm), but a receipt signed by another key can be refused here.
   */
  onConfirm?(key: KeyAction): void;
  onRefuse?(key: KeyAction): void;
  t: Translate;
}

export function ImportResults({ lines, onConfirm, onRefuse, t }: ImportResultsProps) {
  return (
    <ul className="result-list" data-testid="import-results">
      {lines.map((l) => {
        const key = (onConfirm || onRefuse) && l.outcome === 'held' && l.keyId && l.unitCode ? { keyId: l.keyId, unitCode: l.unitCode, fingerprint: l.fingerprint ?? '' } : null;
        return (
          <li key={l.id} className={`result result-${OUTCOME_TONE[l.outcome]}`} data-outcome={l.outcome}>
            <div className="result-head">
              <span className={`badge badge-${OUTCOME_TONE[l.outcome]}`}>{t(OUTCOME_LABEL[l.outcome])}</span>
              <span className="result-source mono">{l.source}</span>
            </div>
            <p className="result-message">{l.message}</p>
            {key ? (
              <div className="result-actions">
                <p className="held-fingerprint">
                  {t('held.fingerprint')} <span className="mono fingerprint">{key.fingerprint}</span>
                </p>
                {onConfirm ? (
                  <button type="button" className="button button-primary" onClick={() => onConfirm(key)}>
                    {t('held.confirm')}
                  </button>
                ) : null}
                {onRefuse ? (
                  <button type="button" className="button" onClick={() => onRefuse(key)}>
                    {t('held.refuse')}
                  </button>
                ) : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

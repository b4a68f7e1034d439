// Confirming a key first seen on a package: the person phones the unit (on a number they already
// know), has the fingerprint read out, and types what they heard; the services compare it with the
// key. The fingerprint is deliberately not pre-filled. Refusing needs only a clear warning.
import { useState, type FormEvent } from 'react';
import type { KeyDecision } from '../../../shared/api/inbox-types';
import type { Translate } from '../../i18n/i18n';
import { errorText } from '../common/format';
import { DangerDialog } from '../common/DangerDialog';
import { Modal } from '../common/Modal';
import type { KeyAction } from './ImportResults';

export interface KeyDialogProps {
  action: KeyAction;
  onDone(decision: KeyDecision): void;
  onClose(): void;
  t: Translate;
}

export function ConfirmKeyDialog({ action, onSubmit, onDone, onClose, t }: KeyDialogProps & { onSubmit(fingerprint: string): Promise<KeyDecision> }) {
  const [fingerprint, setFingerprint] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onDone(await onSubmit(fingerprint));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal title={t('confirm.title', { unit: action.unitCode })} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p>{t('confirm.intro', { unit: action.unitCode })}</p>
        <p className="muted">{t('confirm.keyId', { key: action.keyId })}</p>
        <div className={`field${error ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor="confirm-fingerprint">
            {t('confirm.fingerprint')}
          </label>
          <p className="field-help" id="confirm-fingerprint-help">
            {t('confirm.fingerprintHelp')}
          </p>
          <input
            id="confirm-fingerprint"
            className="input input-fingerprint mono"
            value={fingerprint}
            autoComplete="off"
            spellCheck={false}
            autoFocus
            aria-describedby={`confirm-fingerprint-help${error ? ' confirm-fingerprint-error' : ''}`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setFingerprint(e.target.value)}
          />
          {error ? (
            <p className="field-error" id="confirm-fingerprint-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('confirm.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

export function RefuseKeyDialog({ action, onSubmit, onDone, onClose, t }: KeyDialogProps & { onSubmit(): Promise<KeyDecision> }) {
  return (
    <DangerDialog
      title={t('refuse.title', { unit: action.unitCode })}
      intro={t('refuse.intro', { key: action.keyId })}
      submitLabel={t('refuse.submit')}
      onConfirm={async () => onDone(await onSubmit())}
      onClose={onClose}
      t={t}
    />
  );
}

// A yes/no dialog for an action that cannot be undone (refuse a key, revoke a key): a clear warning,
// Cancel focused first, and the services' refusal shown in place if the action fails.
import { useState, type ReactNode } from 'react';
import type { Translate } from '../../i18n/i18n';
import { errorText } from './format';
import { Modal } from './Modal';

export interface DangerDialogProps {
  title: string;
  intro: ReactNode;
  submitLabel: string;
  /** Runs the action; a thrown error is shown in the dialog, which stays open. */
  onConfirm(): Promise<void>;
  onClose(): void;
  t: Translate;
}

export function DangerDialog({ title, intro, submitLabel, onConfirm, onClose, t }: DangerDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal title={title} onClose={onClose}>
      <p>{intro}</p>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button-danger" disabled={busy} onClick={() => void confirm()}>
          {submitLabel}
        </button>
      </div>
    </Modal>
  );
}

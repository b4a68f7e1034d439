// Editing a report that was already sent starts its next revision, and the reason travels with it to
// the level above; so the reason is asked for here, before the editor opens again.
import { useState, type FormEvent } from 'react';
import type { DraftView } from '../../../shared/api/contract';
import type { Translate } from '../../i18n/i18n';
import { errorText } from '../common/format';
import { Modal } from '../common/Modal';

export interface RevisionDialogProps {
  revision: number;
  onSubmit(reason: string): Promise<DraftView>;
  onDone(draft: DraftView): void;
  onClose(): void;
  t: Translate;
}

export function RevisionDialog({ revision, onSubmit, onDone, onClose, t }: RevisionDialogProps) {
  const next = revision + 1;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onDone(await onSubmit(reason));
    } catch (err) {
      setError(errorText(err));
      document.getElementById('revision-reason')?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal title={t('revision.title', { n: next })} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p>{t('revision.intro', { prev: revision, n: next })}</p>
        <div className={`field${error ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor="revision-reason">
            {t('revision.reason')}
          </label>
          <p className="field-help" id="revision-reason-help">
            {t('revision.reasonHelp')}
          </p>
          <textarea
            id="revision-reason"
            className="input textarea-short"
            rows={3}
            value={reason}
            autoFocus
            aria-describedby={`revision-reason-help${error ? ' revision-reason-error' : ''}`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          {error ? (
            <p className="field-error" id="revision-reason-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('revision.submit', { n: next })}
          </button>
        </div>
      </form>
    </Modal>
  );
}

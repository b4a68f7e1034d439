// A dialog that asks one thing before an action: the reason of a new revision, the fingerprint read
// over the phone. The answer goes to the services as typed; their refusal is shown at the field, which
// gets the focus back, and the dialog stays open until the action succeeds or is cancelled.
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Translate } from '../../i18n/i18n';
import { errorText } from './format';
import { Modal } from './Modal';

export interface QuestionDialogProps {
  title: string;
  /** What the dialog is about, above the field (paragraphs). */
  intro: ReactNode;
  fieldId: string;
  label: string;
  help: string;
  /** A few lines of text (a reason) rather than one short value (a fingerprint). */
  multiline?: boolean;
  submitLabel: string;
  /** Runs the action with the answer; a thrown error is shown at the field. */
  onSubmit(answer: string): Promise<void>;
  onClose(): void;
  t: Translate;
}

export function QuestionDialog({ title, intro, fieldId, label, help, multiline, submitLabel, onSubmit, onClose, t }: QuestionDialogProps) {
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(answer);
    } catch (err) {
      setError(errorText(err));
      document.getElementById(fieldId)?.focus();
    } finally {
      setBusy(false);
    }
  }

  const field = {
    id: fieldId,
    value: answer,
    autoFocus: true,
    'aria-describedby': `${fieldId}-help${error ? ` ${fieldId}-error` : ''}`,
    'aria-invalid': error ? true : undefined,
  };
  return (
    <Modal title={title} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {intro}
        <div className={`field${error ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor={fieldId}>
            {label}
          </label>
          <p className="field-help" id={`${fieldId}-help`}>
            {help}
          </p>
          {multiline ? (
            <textarea {...field} className="input textarea-short" rows={3} onChange={(e) => setAnswer(e.target.value)} />
          ) : (
            <input {...field} className="input input-fingerprint mono" autoComplete="off" spellCheck={false} onChange={(e) => setAnswer(e.target.value)} />
          )}
          {error ? (
            <p className="field-error" id={`${fieldId}-error`} role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}

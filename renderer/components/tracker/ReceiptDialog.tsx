// Accept or return one unit's current report. Returning needs a comment (general, or on particular
// fields, which the unit then sees linked to its editor); both write a signed receipt file to send back.
import { useState, type FormEvent } from 'react';
import type { InputOf } from '../../../shared/api/contract';
import type { IssuedReceipt, TrackerRow } from '../../../shared/api/inbox-types';
import { fieldIndex } from '../../../shared/campaign/fields';
import type { TemplateDef } from '../../../shared/campaign/model';
import type { Translate } from '../../i18n/i18n';
import { errorText } from '../common/format';
import { Modal } from '../common/Modal';

export interface ReceiptDialogProps {
  row: TrackerRow;
  decision: 'accepted' | 'returned';
  template: TemplateDef;
  onSubmit(input: InputOf<'issueReceipt'>): Promise<IssuedReceipt>;
  onDone(issued: IssuedReceipt): void;
  onClose(): void;
  t: Translate;
}

interface FieldNote {
  id: number;
  key: string;
  comment: string;
}

function FieldOptions({ template }: { template: TemplateDef }) {
  const groups = new Map<string, { key: string; label: string }[]>();
  for (const e of fieldIndex(template).values()) groups.set(e.sectionId, [...(groups.get(e.sectionId) ?? []), { key: e.key, label: e.label }]);
  const title = (id: string) => {
    const s = template.sections.find((x) => x.id === id);
    return s ? `${s.number}. ${s.title}` : template.appendix.title;
  };
  return (
    <>
      {[...groups.entries()].map(([id, fields]) => (
        <optgroup key={id} label={title(id)}>
          {fields.map((f) => (
            <option key={f.key} value={f.key}>
              {f.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

export function ReceiptDialog({ row, decision, template, onSubmit, onDone, onClose, t }: ReceiptDialogProps) {
  const [comment, setComment] = useState('');
  const [notes, setNotes] = useState<FieldNote[]>([]);
  const [nextId, setNextId] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const returning = decision === 'returned';
  const update = (id: number, patch: Partial<FieldNote>) => setNotes(notes.map((n) => (n.id === id ? { ...n, ...patch } : n)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const fields = notes.filter((n) => n.key && n.comment.trim()).map((n) => ({ key: n.key, comment: n.comment.trim() }));
      onDone(await onSubmit({ unitCode: row.unitCode, decision, comment, fields }));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal title={t(returning ? 'receiptDialog.returnTitle' : 'receiptDialog.acceptTitle', { unit: row.unitName })} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p>{t('receiptDialog.intro', { n: row.revision ?? 0, signer: row.signer ?? '—' })}</p>
        <div className="field">
          <label className="field-label" htmlFor="receipt-comment">
            {t('receiptDialog.comment')}
            {returning ? null : <span className="field-optional"> {t('form.optional')}</span>}
          </label>
          <p className="field-help" id="receipt-comment-help">
            {t(returning ? 'receiptDialog.commentReturnHelp' : 'receiptDialog.commentAcceptHelp')}
          </p>
          <textarea
            id="receipt-comment"
            className="input textarea-short"
            rows={3}
            value={comment}
            autoFocus
            aria-describedby="receipt-comment-help"
            onChange={(e) => setComment(e.target.value)}
          />
        </div>
        {returning ? (
          <fieldset className="subform field-notes">
            <legend>{t('receiptDialog.fields')}</legend>
            {notes.map((n, i) => (
              <div key={n.id} className="field-note">
                <div className="field">
                  <label className="field-label" htmlFor={`note-field-${n.id}`}>
                    {t('receiptDialog.field')} {i + 1}
                  </label>
                  <select id={`note-field-${n.id}`} className="input" value={n.key} onChange={(e) => update(n.id, { key: e.target.value })}>
                    <option value="">{t('receiptDialog.fieldChoose')}</option>
                    <FieldOptions template={template} />
                  </select>
                </div>
                <div className="field">
                  <label className="field-label" htmlFor={`note-comment-${n.id}`}>
                    {t('receiptDialog.fieldComment')}
                  </label>
                  <input id={`note-comment-${n.id}`} className="input" value={n.comment} onChange={(e) => update(n.id, { comment: e.target.value })} />
                </div>
                <button type="button" className="button button-quiet" onClick={() => setNotes(notes.filter((x) => x.id !== n.id))}>
                  {t('receiptDialog.removeField', { n: i + 1 })}
                </button>
              </div>
            ))}
            <button
              type="button"
              className="button"
              onClick={() => {
                setNotes([...notes, { id: nextId, key: '', comment: '' }]);
                setNextId(nextId + 1);
              }}
            >
              {t('receiptDialog.addField')}
            </button>
          </fieldset>
        ) : null}
        {error ? (
          <p className="alert alert-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className={`button ${returning ? 'button-danger' : 'button-primary'}`} disabled={busy}>
            {t(returning ? 'receiptDialog.return' : 'receiptDialog.accept')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

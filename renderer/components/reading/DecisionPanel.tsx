// Accept or return the revision being read. Comments on fields are added by clicking the field on the
// paper (or choosing it in the list); every comment is multi-line. Only the current revision can be
// decided: an older one says which revision is current.
import { useEffect, useRef, useState } from 'react';
import { fieldIndex } from '../../../shared/campaign/fields';
import type { TemplateDef } from '../../../shared/campaign/model';
import type { Translate } from '../../i18n/i18n';
import { fieldDomId } from '../../routing/route';

export interface FieldComment {
  key: string;
  comment: string;
}

export interface DecisionPanelProps {
  template: TemplateDef;
  /** The revision can be decided (it is the unit's current one). */
  open: boolean;
  comment: string;
  onComment(text: string): void;
  notes: FieldComment[];
  onNotes(notes: FieldComment[]): void;
  /** The field last clicked on the paper: its comment box takes the focus. */
  focusKey: string | null;
  labelOf(key: string): string;
  busy: boolean;
  error: string | null;
  done: string | null;
  onDecide(decision: 'accepted' | 'returned'): void;
  closedNote: string;
  t: Translate;
}

const noteId = (key: string) => `note-${fieldDomId(key)}`;

export function DecisionPanel(p: DecisionPanelProps) {
  const { t } = p;
  const [choice, setChoice] = useState('');
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!p.focusKey) return;
    const box = list.current?.querySelector<HTMLTextAreaElement>(`#${CSS.escape(noteId(p.focusKey))}`);
    box?.focus();
  }, [p.focusKey, p.notes.length]);
  const set = (key: string, comment: string) => p.onNotes(p.notes.map((n) => (n.key === key ? { ...n, comment } : n)));
  const add = (key: string) => {
    if (key && !p.notes.some((n) => n.key === key)) p.onNotes([...p.notes, { key, comment: '' }]);
  };
  const fields = [...fieldIndex(p.template).values()].filter((e) => !p.notes.some((n) => n.key === e.key));

  return (
    <section className="panel decision-panel" aria-labelledby="h-decision">
      <h2 id="h-decision">{t('read.decide')}</h2>
      {!p.open ? <p className="alert alert-warn" data-testid="decision-closed">{p.closedNote}</p> : null}
      <div className="field">
        <label className="field-label" htmlFor="decision-comment">
          {t('read.comment')}
        </label>
        <p className="field-help" id="decision-comment-help">
          {t('read.commentHelp')}
        </p>
        <textarea
          id="decision-comment"
          className="input"
          rows={4}
          value={p.comment}
          aria-describedby="decision-comment-help"
          disabled={!p.open}
          onChange={(e) => p.onComment(e.target.value)}
        />
      </div>
      <h3>{t('read.fieldComments')}</h3>
      <p className="field-help">{t('read.fieldCommentsHelp')}</p>
      <div ref={list} data-testid="field-comments">
        {p.notes.map((n) => (
          <div key={n.key} className="field field-note" data-field={n.key}>
            <label className="field-label" htmlFor={noteId(n.key)}>
              {p.labelOf(n.key)}
            </label>
            <textarea id={noteId(n.key)} className="input" rows={3} value={n.comment} disabled={!p.open} onChange={(e) => set(n.key, e.target.value)} />
            <button type="button" className="button button-quiet button-small" onClick={() => p.onNotes(p.notes.filter((x) => x.key !== n.key))}>
              {t('read.removeComment', { field: p.labelOf(n.key) })}
            </button>
          </div>
        ))}
      </div>
      <div className="input-row">
        <label className="visually-hidden" htmlFor="decision-add-field">
          {t('read.addField')}
        </label>
        <select id="decision-add-field" className="input" value={choice} disabled={!p.open} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{t('read.addField')}</option>
          {fields.map((f) => (
            <option key={f.key} value={f.key}>
              {f.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-small"
          disabled={!p.open || !choice}
          onClick={() => {
            add(choice);
            setChoice('');
          }}
        >
          {t('read.add')}
        </button>
      </div>
      {p.error ? (
        <p className="alert alert-error" role="alert" data-testid="decision-error">
          {p.error}
        </p>
      ) : null}
      {p.done ? (
        <p className="alert alert-ok" role="status" data-testid="decision-done">
          {p.done}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button button-primary" disabled={!p.open || p.busy} onClick={() => p.onDecide('accepted')}>
          {t('read.accept')}
        </button>
        <button type="button" className="button button-danger" disabled={!p.open || p.busy} onClick={() => p.onDecide('returned')}>
          {t('read.return')}
        </button>
      </div>
    </section>
  );
}

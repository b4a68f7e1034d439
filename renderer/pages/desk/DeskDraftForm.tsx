// What changes every time a campaign is issued, edited in the app: id, title, texts, cited plans,
// period, deadlines per level, expected units (from the directory), section titles and guidance.
import { useState, type ReactNode } from 'react';
import type { DirectoryEntry } from '../../../shared/api/desk-types';
import type { Level } from '../../../shared/units/directory';
import type { Translate } from '../../i18n/i18n';
import type { DeskForm } from './desk-settings';

export interface DeskDraftFormProps {
  initial: DeskForm;
  /** This unit's units in service, the ones a campaign may expect. */
  units: DirectoryEntry[];
  levels: Level[];
  busy: boolean;
  bad: string[];
  onSave(form: DeskForm): void;
  /** A derived campaign (SPEC §9) keeps the parent's template and period: those are shown, not edited. */
  derived?: boolean;
  t: Translate;
}

function Field({ id, label, children, bad }: { id: string; label: string; children: ReactNode; bad?: boolean }) {
  return (
    <div className={`field${bad ? ' field-invalid' : ''}`} id={`${id}-wrap`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}

export function DeskDraftForm({ initial, units, levels, busy, bad, onSave, derived = false, t }: DeskDraftFormProps) {
  const [f, setF] = useState<DeskForm>(initial);
  const set = <K extends keyof DeskForm>(k: K, v: DeskForm[K]) => setF((x) => ({ ...x, [k]: v }));
  const text = (k: 'campaignId' | 'title' | 'summaryLine' | 'closing' | 'issue' | 'from' | 'to', rows?: number) =>
    rows ? (
      <textarea id={`desk-${k}`} className="input" rows={rows} value={f[k]} onChange={(e) => set(k, e.target.value)} />
    ) : (
      <input
        id={`desk-${k}`}
        className="input"
        value={f[k]}
        readOnly={derived && (k === 'from' || k === 'to')}
        aria-invalid={bad.includes(k) || undefined}
        onChange={(e) => set(k, e.target.value)}
      />
    );
  const levelName = (id: string) => levels.find((l) => l.id === id)?.name ?? id;
  return (
    <form
      className="form desk-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(f);
      }}
    >
      <fieldset className="panel" id="desk-settings">
        <legend>{t('desk.form.settings')}</legend>
        <Field id="desk-campaignId" label={t('desk.setting.id')}>{text('campaignId')}</Field>
        <Field id="desk-title" label={t('desk.setting.title')}>{text('title')}</Field>
        <Field id="desk-summaryLine" label={t('desk.setting.summaryLine')}>{text('summaryLine', 2)}</Field>
        <Field id="desk-opening" label={t('desk.setting.opening')}>
          <textarea id="desk-opening" className="input" rows={4} value={f.opening} onChange={(e) => set('opening', e.target.value)} />
        </Field>
        <Field id="desk-closing" label={t('desk.setting.closing')}>{text('closing', 2)}</Field>
        <Field id="desk-from" label={t('desk.form.from')} bad={bad.includes('from')}>{text('from')}</Field>
        <Field id="desk-to" label={t('desk.form.to')} bad={bad.includes('to')}>{text('to')}</Field>
        <Field id="desk-issue" label={t('desk.setting.issue')} bad={bad.includes('issue')}>{text('issue')}</Field>
      </fieldset>

      <fieldset className="panel" id="desk-documents">
        <legend>{t('desk.setting.documents')}</legend>
        {f.documents.map((d, i) => (
          <div key={i} className="subform" id={`desk-document-${i}`}>
            {(['ref', 'date', 'issuer', 'title'] as const).map((k) => (
              <Field key={k} id={`desk-document-${i}-${k}`} label={t(`desk.document.${k}`)} bad={k === 'date' && bad.includes(`document:${i}`)}>
                <input
                  id={`desk-document-${i}-${k}`}
                  className="input"
                  value={d[k]}
                  onChange={(e) => set('documents', f.documents.map((x, j) => (j === i ? { ...x, [k]: e.target.value } : x)))}
                />
              </Field>
            ))}
            <button type="button" className="button secondary" onClick={() => set('documents', f.documents.filter((_, j) => j !== i))}>
              {t('desk.document.remove')}
            </button>
          </div>
        ))}
        <button type="button" className="button secondary" onClick={() => set('documents', [...f.documents, { ref: '', date: '', issuer: '', title: '' }])}>
          {t('desk.document.add')}
        </button>
      </fieldset>

      <fieldset className="panel" id="desk-deadlines">
        <legend>{t('desk.setting.deadlines')}</legend>
        {f.deadlines.map((d, i) => (
          <div key={d.levelId} className="subform" id={`desk-deadline-${i}`}>
            <p className="field-label">{levelName(d.levelId)}</p>
            <Field id={`desk-deadline-${i}-finish`} label={t('desk.deadline.finish')} bad={bad.includes(`finish:${i}`)}>
              <input id={`desk-deadline-${i}-finish`} className="input" value={d.finish} onChange={(e) => set('deadlines', f.deadlines.map((x, j) => (j === i ? { ...x, finish: e.target.value } : x)))} />
            </Field>
            <Field id={`desk-deadline-${i}-send`} label={t('desk.deadline.send')} bad={bad.includes(`send:${i}`)}>
              <input id={`desk-deadline-${i}-send`} className="input" value={d.send} onChange={(e) => set('deadlines', f.deadlines.map((x, j) => (j === i ? { ...x, send: e.target.value } : x)))} />
            </Field>
          </div>
        ))}
      </fieldset>

      <fieldset className="panel" id="desk-units">
        <legend>{t('desk.setting.units')}</legend>
        <p className="field-help">{t('desk.units.help')}</p>
        {units.map((u) => (
          <label key={u.code} className="confirm">
            <input
              type="checkbox"
              checked={f.unitCodes.includes(u.code)}
              onChange={(e) => set('unitCodes', e.target.checked ? [...f.unitCodes, u.code] : f.unitCodes.filter((c) => c !== u.code))}
            />{' '}
            {u.shortName} <span className="muted">({u.code})</span>
          </label>
        ))}
      </fieldset>

      {derived ? (
        <p className="note" id="desk-sections">
          {t('desk.derive.templateKept')}
        </p>
      ) : (
        <fieldset className="panel" id="desk-sections">
          <legend>{t('desk.setting.sections')}</legend>
          {f.sections.map((s, i) => (
            <div key={s.number} className="subform" id={`desk-section-${i}`}>
              <Field id={`desk-section-${i}-title`} label={t('desk.section.title', { n: s.number })}>
                <input id={`desk-section-${i}-title`} className="input" value={s.title} onChange={(e) => set('sections', f.sections.map((x, j) => (j === i ? { ...x, title: e.target.value } : x)))} />
              </Field>
              <Field id={`desk-section-${i}-guidance`} label={t('desk.section.guidance', { n: s.number })}>
                <textarea
                  id={`desk-section-${i}-guidance`}
                  className="input"
                  rows={4}
                  value={s.guidance}
                  onChange={(e) => set('sections', f.sections.map((x, j) => (j === i ? { ...x, guidance: e.target.value } : x)))}
                />
              </Field>
            </div>
          ))}
        </fieldset>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('desk.form.save')}
      </button>
    </form>
  );
}

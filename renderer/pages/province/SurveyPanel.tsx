// Survey visits: plan a visit (unit, dates, team), record findings per unit linked to a report field,
// quote a finding into the province's report, and write the "Báo cáo kết quả khảo sát".
import { useEffect, useState } from 'react';
import { fieldIndex } from '../../../shared/campaign/fields';
import type { CampaignDef } from '../../../shared/campaign/model';
import { formatShortDate } from '../../../shared/format/vi';
import type { SurveyVisit } from '../../../shared/plan/types';
import type { Translate } from '../../i18n/i18n';
import { PageNotice, noticeOf, type Notice } from '../../components/common/PageNotice';
import type { PlanState } from './plan-store';
import { narrativeFields, writtenText } from './PlanPage';

interface PanelProps {
  state: PlanState;
  campaign: CampaignDef;
  t: Translate;
}

const dates = (v: SurveyVisit): string => (v.dateFrom === v.dateTo ? formatShortDate(v.dateFrom) : `${formatShortDate(v.dateFrom)} – ${formatShortDate(v.dateTo)}`);

function VisitForm({ state, t, onDone }: { state: PlanState; t: Translate; onDone(n: Notice): void }) {
  const [unitCode, setUnit] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [team, setTeam] = useState('');
  const [note, setNote] = useState('');
  async function save() {
    const notice = await noticeOf(async () => {
      const v = await state.saveVisit({ unitCode, dateFrom: from, dateTo: to || from, team: team.split('\n').map((s) => s.trim()).filter(Boolean), note });
      return t('survey.saved', { unit: v.unitName });
    });
    // What was typed stays in the form until it is saved.
    if (notice?.tone === 'ok') {
      setUnit('');
      setFrom('');
      setTo('');
      setTeam('');
      setNote('');
    }
    onDone(notice);
  }
  return (
    <form className="subform" data-testid="survey-form" onSubmit={(e) => (e.preventDefault(), void save())}>
      <fieldset>
        <legend>{t('survey.new')}</legend>
        <div className="field">
          <label className="field-label" htmlFor="survey-unit">{t('survey.unit')}</label>
          <select id="survey-unit" className="input" value={unitCode} onChange={(e) => setUnit(e.target.value)}>
            <option value="">{t('survey.chooseUnit')}</option>
            {state.units.map((u) => (
              <option key={u.code} value={u.code}>{u.shortName}</option>
            ))}
          </select>
        </div>
        <div className="field-pair">
          <div className="field">
            <label className="field-label" htmlFor="survey-from">{t('survey.from')}</label>
            <input id="survey-from" type="text" inputMode="numeric" className="input input-date" placeholder={t('date.placeholder')} autoComplete="off" value={from} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div className="field">
            <label className="field-label" htmlFor="survey-to">{t('survey.to')}</label>
            <input id="survey-to" type="text" inputMode="numeric" className="input input-date" placeholder={t('date.placeholder')} autoComplete="off" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="survey-team">{t('survey.team')}</label>
          <textarea id="survey-team" className="input" rows={3} value={team} onChange={(e) => setTeam(e.target.value)} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="survey-note">{t('survey.note')}</label>
          <textarea id="survey-note" className="input" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <button type="submit" className="button button-primary">{t('survey.saveVisit')}</button>
      </fieldset>
    </form>
  );
}

function FindingForm({ visit, state, campaign, t, onDone }: { visit: SurveyVisit; state: PlanState; campaign: CampaignDef; t: Translate; onDone(n: Notice): void }) {
  const [text, setText] = useState('');
  const [field, setField] = useState('');
  const fields = [...fieldIndex(campaign.template).values()].filter((f) => f.sectionId !== 'appendix');
  async function save() {
    const notice = await noticeOf(async () => {
      await state.saveFinding({ visitId: visit.id, text, fieldKey: field || null });
      return t('survey.findingSaved');
    });
    if (notice?.tone === 'ok') {
      setText('');
      setField('');
    }
    onDone(notice);
  }
  const id = `finding-${visit.id}`;
  return (
    <form className="finding-form" onSubmit={(e) => (e.preventDefault(), void save())}>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-text`}>{t('survey.finding')}</label>
        <textarea id={`${id}-text`} className="input" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-field`}>{t('survey.field')}</label>
        <select id={`${id}-field`} className="input" value={field} onChange={(e) => setField(e.target.value)}>
          <option value="">{t('plan.none')}</option>
          {fields.map((f) => (
            <option key={f.key} value={f.key}>{`${f.sectionId.replace(/^s/, '')}. ${f.label}`}</option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">{t('survey.addFinding')}</button>
    </form>
  );
}

function QuoteControl({ findingId, state, campaign, t, onDone }: { findingId: number; state: PlanState; campaign: CampaignDef; t: Translate; onDone(n: Notice): void }) {
  const narratives = narrativeFields(campaign);
  const [field, setField] = useState(narratives[0]?.key ?? '');
  const id = `quote-${findingId}`;
  return (
    <div className="quote-control">
      <label className="field-label" htmlFor={id}>{t('plan.quoteInto')}</label>
      <select id={id} className="input" value={field} onChange={(e) => setField(e.target.value)}>
        {narratives.map((f) => (
          <option key={f.key} value={f.key}>{f.label}</option>
        ))}
      </select>
      <button type="button" className="button button-small" onClick={() => void noticeOf(async () => (await state.quoteFinding(findingId, field), t('plan.quoted', { field: narratives.find((n) => n.key === field)?.label ?? field }))).then(onDone)}>
        {t('plan.quote')}
      </button>
    </div>
  );
}

export function SurveyPanel({ state, campaign, t }: PanelProps) {
  const [notice, setNotice] = useState<Notice>(null);
  const { loadSurvey } = state;
  useEffect(() => {
    void loadSurvey();
  }, [loadSurvey]);
  return (
    <section aria-labelledby="survey-visits" data-testid="survey-panel">
      <PageNotice notice={notice} error={null} testId="plan-notice" />
      <VisitForm state={state} t={t} onDone={setNotice} />
      <h2 id="survey-visits" className="section-title">{t('survey.visits')}</h2>
      {state.visits.length === 0 ? <p className="muted">{t('survey.empty')}</p> : null}
      {state.visits.map((v) => (
        <article key={v.id} className="panel" data-testid="survey-visit" aria-labelledby={`visit-${v.id}`}>
          <h3 id={`visit-${v.id}`} className="card-title">{`${v.unitName} · ${dates(v)}`}</h3>
          <p>
            <strong>{t('survey.teamLabel')}:</strong> {v.team.join('; ')}
          </p>
          {v.note ? <p className="plan-text">{v.note}</p> : null}
          <h4>{t('survey.findings')}</h4>
          {v.findings.length === 0 ? <p className="muted">{t('survey.noFindings')}</p> : null}
          <ul className="finding-list">
            {v.findings.map((f) => (
              <li key={f.id} data-testid="survey-finding">
                <p className="plan-text">{f.text}</p>
                {f.fieldLabel ? <p className="muted">{t('survey.about', { field: f.fieldLabel })}</p> : null}
                {f.quotedInto.length ? <p className="badge badge-done">{t('survey.quotedInto', { fields: f.quotedInto.map((k) => fieldIndex(campaign.template).get(k)?.label ?? k).join(', ') })}</p> : null}
                <QuoteControl findingId={f.id} state={state} campaign={campaign} t={t} onDone={setNotice} />
              </li>
            ))}
          </ul>
          <FindingForm visit={v} state={state} campaign={campaign} t={t} onDone={setNotice} />
          <div className="table-actions">
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                if (window.confirm(t('survey.confirmDelete', { unit: v.unitName, n: v.findings.length }))) void noticeOf(async () => (await state.deleteVisit(v.id), t('survey.deleted'))).then(setNotice);
              }}
            >
              {t('survey.deleteVisit')}
            </button>
          </div>
        </article>
      ))}
      <div className="actions">
        <button type="button" className="button button-primary" onClick={() => void noticeOf(async () => writtenText(t, await state.exportSurvey())).then(setNotice)}>
          {t('survey.export')}
        </button>
      </div>
    </section>
  );
}

// Conference speakers: the counted units ranked by criteria the officer picks (each unit's rates from
// its own parts), the chosen ones marked with a reason; the list quoted into the province's report or
// written as its own short document.
import { useEffect, useState } from 'react';
import type { Basis } from '../../../shared/aggregate/types';
import type { CampaignDef } from '../../../shared/campaign/model';
import { formatNumber, formatPercent } from '../../../shared/format/vi';
import type { SpeakerRow, SpeakersView } from '../../../shared/plan/types';
import type { Translate } from '../../i18n/i18n';
import { PageNotice, noticeOf, type Notice } from '../../components/common/PageNotice';
import type { PlanState } from './plan-store';
import { narrativeFields, writtenText } from './PlanPage';

const SLOTS = 3;

export function BasisChoice({ state, t }: { state: PlanState; t: Translate }) {
  return (
    <div className="field">
      <label className="field-label" htmlFor="plan-basis">{t('plan.basis')}</label>
      <select id="plan-basis" className="input" value={state.basis} onChange={(e) => void state.setBasis(e.target.value as Basis)}>
        <option value="accepted">{t('plan.basis.accepted')}</option>
        <option value="received">{t('plan.basis.received')}</option>
      </select>
    </div>
  );
}

function Criteria({ view, state, t }: { view: SpeakersView; state: PlanState; t: Translate }) {
  const picked = view.picked.map((c) => c.id);
  const setSlot = (i: number, id: string) => {
    const next = [...picked];
    if (id) next[i] = id;
    else next.splice(i, 1);
    void state.setCriteria(next.filter((x, j) => x && next.indexOf(x) === j));
  };
  return (
    <fieldset className="subform">
      <legend>{t('speakers.criteria')}</legend>
      <p className="field-help">{t('speakers.criteriaHint')}</p>
      {Array.from({ length: Math.min(SLOTS, picked.length + 1) }, (_, i) => (
        <div className="field" key={i}>
          <label className="field-label" htmlFor={`criterion-${i}`}>{t('speakers.criterion', { n: i + 1 })}</label>
          <select id={`criterion-${i}`} className="input" value={picked[i] ?? ''} onChange={(e) => setSlot(i, e.target.value)}>
            <option value="">{t('plan.none')}</option>
            {view.available.map((c) => (
              <option key={c.id} value={c.id}>{c.kind === 'rate' ? c.label : `${c.label} (${c.unit})`}</option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}

function ChoiceCell({ row, state, t, onDone }: { row: SpeakerRow; state: PlanState; t: Translate; onDone(n: Notice): void }) {
  const [reason, setReason] = useState(row.reason);
  const id = `reason-${row.unitCode}`;
  return (
    <td>
      <label className="visually-hidden" htmlFor={id}>{`${t('speakers.reason')} — ${row.unitName}`}</label>
      <textarea id={id} className="input" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      <div className="table-actions">
        <button type="button" className="button button-small" onClick={() => void noticeOf(async () => (await state.choose(row.unitCode, reason), t('speakers.chosen', { unit: row.unitName }))).then(onDone)}>
          {row.chosen ? t('plan.save') : t('speakers.choose')}
        </button>
        {row.chosen ? (
          <button type="button" className="button button-small button-quiet" onClick={() => void noticeOf(async () => (await state.unchoose(row.unitCode), t('speakers.unchoose'))).then(onDone)}>
            {t('speakers.unchoose')}
          </button>
        ) : null}
      </div>
    </td>
  );
}

export function SpeakersPanel({ state, campaign, t }: { state: PlanState; campaign: CampaignDef; t: Translate }) {
  const [notice, setNotice] = useState<Notice>(null);
  const narratives = narrativeFields(campaign);
  const [field, setField] = useState(narratives[narratives.length - 1]?.key ?? '');
  const { loadSpeakers } = state;
  useEffect(() => {
    void loadSpeakers();
  }, [loadSpeakers]);
  const view = state.speakers;
  if (!view) return null;
  return (
    <section data-testid="speakers-panel">
      <PageNotice notice={notice} error={null} testId="plan-notice" />
      <BasisChoice state={state} t={t} />
      <Criteria view={view} state={state} t={t} />
      <div className="table-scroll">
        <table className="doc-table" data-testid="speakers-table">
          <thead>
            <tr>
              <th scope="col">{t('speakers.rank')}</th>
              <th scope="col">{t('speakers.unit')}</th>
              {view.picked.map((c) => (
                <th scope="col" key={c.id}>{c.label}</th>
              ))}
              <th scope="col">{t('speakers.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.length === 0 ? (
              <tr>
                <td colSpan={3 + view.picked.length} className="table-empty">{t('speakers.empty')}</td>
              </tr>
            ) : null}
            {view.rows.map((r) => (
              <tr key={r.unitCode} data-unit={r.unitCode} data-chosen={r.chosen ? 'true' : 'false'}>
                <td className="cell-number">{r.rank}</td>
                <th scope="row">{r.unitName}</th>
                {r.values.map((v, i) => (
                  <td key={i} className="cell-number">{v === null ? '—' : view.picked[i]?.kind === 'rate' ? formatPercent(v) : formatNumber(v)}</td>
                ))}
                <ChoiceCell key={`${r.unitCode}-${r.reason}`} row={r} state={state} t={t} onDone={setNotice} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {view.chosenElsewhere.length ? (
        <div className="panel">
          <h2 className="card-title">{t('speakers.elsewhere')}</h2>
          <ul>
            {view.chosenElsewhere.map((c) => (
              <li key={c.unitCode}>{`${c.unitName}: ${c.reason}`}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="actions">
        <label className="field-label" htmlFor="speakers-field">{t('plan.quoteInto')}</label>
        <select id="speakers-field" className="input" value={field} onChange={(e) => setField(e.target.value)}>
          {narratives.map((f) => (
            <option key={f.key} value={f.key}>{f.label}</option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => void noticeOf(async () => (await state.quoteSpeakers(field), t('plan.quoted', { field: narratives.find((n) => n.key === field)?.label ?? field }))).then(setNotice)}>
          {t('plan.quote')}
        </button>
        <button type="button" className="button button-primary" onClick={() => void noticeOf(async () => writtenText(t, await state.exportSpeakers())).then(setNotice)}>
          {t('speakers.export')}
        </button>
      </div>
    </section>
  );
}

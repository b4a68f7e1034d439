// Commendations: the units' proposals (section 10) in one table, edited in place by the province with
// the unit's original kept and shown; rows left out or added; exported as DOCX and XLSX.
import { useEffect, useState } from 'react';
import type { CommendationFields, CommendationRow } from '../../../shared/plan/types';
import type { Translate } from '../../i18n/i18n';
import { PageNotice, noticeOf, type Notice } from '../../components/common/PageNotice';
import type { PlanState } from './plan-store';
import { BasisChoice } from './SpeakersPanel';
import { writtenText } from './PlanPage';

const COLUMNS = ['name', 'position', 'unit', 'achievement'] as const;
const EMPTY: CommendationFields = { name: '', position: '', unit: '', achievement: '' };

function Cells({ id, value, onChange, t }: { id: string; value: CommendationFields; onChange(v: CommendationFields): void; t: Translate }) {
  return (
    <>
      {COLUMNS.map((c) => (
        <td key={c}>
          <label className="visually-hidden" htmlFor={`${id}-${c}`}>{t(`commendations.${c}`)}</label>
          <textarea id={`${id}-${c}`} className="input" rows={c === 'achievement' ? 3 : 1} value={value[c]} onChange={(e) => onChange({ ...value, [c]: e.target.value })} />
        </td>
      ))}
    </>
  );
}

function Row({ row, state, t, onDone }: { row: CommendationRow; state: PlanState; t: Translate; onDone(n: Notice): void }) {
  const [value, setValue] = useState<CommendationFields>({ name: row.name, position: row.position, unit: row.unit, achievement: row.achievement });
  const id = `comm-${row.key.slice(0, 12)}-${row.key.split(':')[1] ?? ''}`;
  const act = (run: () => Promise<unknown>) => void noticeOf(async () => (await run(), t('commendations.saved'))).then(onDone);
  const original = row.original && row.edited ? [row.original.name, row.original.position, row.original.unit, row.original.achievement].filter(Boolean).join(' — ') : null;
  return (
    <tr data-testid="commendation-row" data-excluded={row.excluded ? 'true' : 'false'} data-edited={row.edited ? 'true' : 'false'} className={row.excluded ? 'row-excluded' : undefined}>
      <Cells id={id} value={value} onChange={setValue} t={t} />
      <td>
        {row.proposedByName}
        {row.original === null ? <p className="muted">{t('commendations.added')}</p> : null}
        {row.stale ? <p className="badge badge-warn">{t('commendations.stale')}</p> : null}
        {row.excluded ? <p className="badge badge-warn">{t('commendations.excluded')}</p> : null}
        {original ? <p className="muted" data-testid="commendation-original">{t('commendations.original', { text: original })}</p> : null}
      </td>
      <td>
        <div className="table-actions">
          <button type="button" className="button button-small" onClick={() => act(() => state.editCommendation(row.key, value, row.excluded))}>{t('plan.save')}</button>
          <button type="button" className="button button-small button-quiet" onClick={() => act(() => state.editCommendation(row.key, value, !row.excluded))}>
            {row.excluded ? t('commendations.include') : t('commendations.exclude')}
          </button>
          {row.edited || row.excluded ? (
            <button type="button" className="button button-small button-quiet" onClick={() => act(() => state.resetCommendation(row.key))}>
              {row.original === null ? t('plan.delete') : t('commendations.reset')}
            </button>
          ) : null}
        </div>
      </td>
    </tr>
  );
}

export function CommendationsPanel({ state, t }: { state: PlanState; t: Translate }) {
  const [notice, setNotice] = useState<Notice>(null);
  const [added, setAdded] = useState<CommendationFields>(EMPTY);
  const { loadCommendations } = state;
  useEffect(() => {
    void loadCommendations();
  }, [loadCommendations]);
  const view = state.commendations;
  if (!view) return null;
  return (
    <section data-testid="commendations-panel">
      <PageNotice notice={notice} error={null} testId="plan-notice" />
      <p>{t('commendations.intro')}</p>
      <BasisChoice state={state} t={t} />
      <div className="table-scroll">
        <table className="doc-table" data-testid="commendations-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th scope="col" key={c}>{t(`commendations.${c}`)}</th>
              ))}
              <th scope="col">{t('commendations.proposedBy')}</th>
              <th scope="col">{t('commendations.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.length === 0 ? (
              <tr>
                <td colSpan={6} className="table-empty">{t('commendations.empty')}</td>
              </tr>
            ) : null}
            {view.rows.map((r) => (
              // Keyed by content too, so that a row shows the stored values again after a save or a reset.
              <Row key={`${r.key}|${r.name}|${r.position}|${r.unit}|${r.achievement}|${String(r.excluded)}`} row={r} state={state} t={t} onDone={setNotice} />
            ))}
            <tr data-testid="commendation-new">
              <Cells id="comm-new" value={added} onChange={setAdded} t={t} />
              <td />
              <td>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() =>
                    void noticeOf(async () => (await state.addCommendation(added), t('commendations.saved'))).then((n) => {
                      if (n?.tone === 'ok') setAdded(EMPTY);
                      setNotice(n);
                    })
                  }
                >
                  {t('commendations.add')}
                </button>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={() => void noticeOf(async () => writtenText(t, await state.exportCommendations())).then(setNotice)}>
          {t('commendations.export')}
        </button>
      </div>
    </section>
  );
}

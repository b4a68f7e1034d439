// Province synthesis (issues 7, 16): the totals by the template's rules with the units not counted and
// why, charts (submission status, an indicator by unit, its change between the points in time) each
// with its sentence and table, figures to look at, the units' texts section by section with "insert",
// and the province's report: fill from the totals, preview, export upward.
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { CampaignDef } from '../../../shared/campaign/model';
import type { Translate } from '../../i18n/i18n';
import { PageNotice, noticeOf, type Notice } from '../../components/common/PageNotice';
import type { SynthesisState } from './synthesis-store';
import { SynthesisCharts } from './SynthesisCharts';
import { CompilationView, FlagList, TotalsTable, UnitsTable } from './SynthesisParts';
import { SOURCE_TEXT } from '../../components/common/SourceText';

export interface SynthesisPageProps {
  store: StoreApi<SynthesisState>;
  campaign: CampaignDef;
  t: Translate;
}

export function SynthesisPage({ store, campaign, t }: SynthesisPageProps) {
  const state = useStore(store, (s) => s);
  useEffect(() => {
    void store.getState().load();
  }, [store]);
  return <SynthesisView state={state} campaign={campaign} t={t} />;
}

export interface SynthesisViewProps {
  /** The store's state: its data to show and its actions to call. */
  state: SynthesisState;
  campaign: CampaignDef;
  t: Translate;
}

export function SynthesisView({ state: s, campaign, t }: SynthesisViewProps) {
  const { basis, aggregate, sections, loading, error } = s;
  const [sectionId, setSectionId] = useState('s1');
  const [overwrite, setOverwrite] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  async function act(run: () => Promise<string>) {
    setBusy(true);
    setNotice(null);
    setNotice(await noticeOf(run));
    setBusy(false);
  }

  const section = sections.find((x) => x.id === sectionId) ?? sections[0];
  return (
    <div className="synthesis-page">
      <h1 className="page-title">{t('synthesis.title')}</h1>
      <p className="lead">{t('synthesis.intro')}</p>
      <div className="actions">
        <label>
          {t('synthesis.basis')}{' '}
          <select value={basis} data-testid="synthesis-basis" onChange={(e) => void s.setBasis(e.target.value === 'received' ? 'received' : 'accepted')}>
            <option value="accepted">{t('synthesis.accepted')}</option>
            <option value="received">{t('synthesis.received')}</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} /> {t('synthesis.overwrite')}
        </label>
        <button type="button" className="button" disabled={busy} onClick={() => void act(async () => {
          const r = await s.fill(overwrite);
          return `${t('synthesis.filled', { n: r.changed })}${r.kept.length ? ` ${t('synthesis.kept', { n: r.kept.length })}` : ''}`;
        })}>
          {t('synthesis.fill')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void act(async () => t('synthesis.previewed', { folder: (await s.preview()).folder }))}>
          {t('synthesis.preview')}
        </button>
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void act(async () => {
          const r = await s.exportReport();
          return t('synthesis.exported', { file: r.packageFile, folder: r.folder });
        })}>
          {t('synthesis.export')}
        </button>
      </div>
      <PageNotice notice={notice} error={error} testId="synthesis-notice" />
      {!aggregate ? (
        <p className="loading">{loading ? t('synthesis.loading') : ''}</p>
      ) : (
        <>
          <p className="synthesis-counted" data-testid="synthesis-counted">
            <strong>{`${aggregate.counts.counted}/${aggregate.counts.expected}`}</strong>{' '}
            {`${t('synthesis.counted')} (${t(aggregate.basis === 'received' ? 'synthesis.basisReceived' : 'synthesis.basisAccepted')})`}
          </p>
          <SynthesisCharts agg={aggregate} campaign={campaign} indicatorId={s.chartIndicator} onPickIndicator={(id) => s.setChartIndicator(id)} t={t} />
          <section className="panel" aria-labelledby="h-units">
            <h2 id="h-units">{t('synthesis.units')}</h2>
            <UnitsTable agg={aggregate} t={t} />
          </section>
          <section className="panel" aria-labelledby="h-totals">
            <h2 id="h-totals">{t('synthesis.totals')}</h2>
            <TotalsTable lines={aggregate.indicators} periods={campaign.template.appendix.periods.map((p) => p.label)} t={t} />
            {aggregate.notes.length ? (
              <ul>
                {aggregate.notes.map((n) => (
                  <li key={n} {...SOURCE_TEXT}>
                    {n}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
          <FlagList flags={aggregate.flags} t={t} />
          <section className="panel" aria-labelledby="h-compile">
            <h2 id="h-compile">{t('synthesis.compile')}</h2>
            <label>
              {t('synthesis.section')}{' '}
              <select value={section?.id ?? ''} onChange={(e) => setSectionId(e.target.value)}>
                {sections.map((x) => (
                  <option key={x.id} value={x.id} {...SOURCE_TEXT}>{`${x.number}. ${x.title}`}</option>
                ))}
              </select>
            </label>
            {section ? (
              <CompilationView
                section={section}
                t={t}
                busy={busy}
                onInsert={(fieldKey, unitCode, manifest) => void act(async () => {
                  await s.insert(fieldKey, unitCode, manifest);
                  return t('synthesis.inserted', { n: 1 });
                })}
              />
            ) : null}
          </section>
        </>
      )}
    </div>
  );
}

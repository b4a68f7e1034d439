// Two revisions of a unit side by side: the unit's reasons for revising, then every changed field.
import { useEffect } from 'react';
import { formatDateTime } from '../../shared/format/vi';
import { useReading, useSession, useStores, useT } from '../app/stores';
import { PageTitle } from '../components/layout/PageTitle';
import { ChangeList } from '../components/reading/ChangeList';
import { routeHref } from '../routing/route';

/** Another pair chosen: the address changes, so the back button returns to the previous pair. */
function go(href: string): void {
  window.location.hash = href;
}

export function ComparePage({ from, to }: { from: number; to: number }) {
  const t = useT();
  const { reading } = useStores();
  const campaign = useSession((s) => s.campaign);
  const { comparison: c, loading, error } = useReading((s) => s);
  useEffect(() => {
    void reading.getState().compare(from, to);
  }, [reading, from, to]);
  if (!campaign) return null;
  if (error && !c) {
    return (
      <div className="compare-page">
        <PageTitle>{t('compare.titleLoading')}</PageTitle>
        <p className="alert alert-error" role="alert" data-testid="compare-error">
          {error}
        </p>
      </div>
    );
  }
  const ids = [from, to];
  if (loading || !c || !ids.includes(c.from.inboxId) || !ids.includes(c.to.inboxId)) return <p className="loading">{t('app.loading')}</p>;
  const pick = (which: 'from' | 'to', inboxId: number) => {
    const next = which === 'from' ? { from: inboxId, to: c.to.inboxId } : { from: c.from.inboxId, to: inboxId };
    go(routeHref({ page: 'compare', ...next }));
  };

  return (
    <div className="compare-page">
      <PageTitle>{t('compare.title', { unit: c.unitName, a: c.from.revision, b: c.to.revision })}</PageTitle>
      <p className="lead">{t('compare.intro')}</p>
      <div className="filters">
        {(['from', 'to'] as const).map((which) => (
          <div className="field" key={which}>
            <label className="field-label" htmlFor={`compare-${which}`}>
              {t(which === 'from' ? 'compare.from' : 'compare.to')}
            </label>
            <select id={`compare-${which}`} className="input" value={c[which].inboxId} onChange={(e) => pick(which, Number(e.target.value))}>
              {c.revisions.map((r) => (
                <option key={r.inboxId} value={r.inboxId}>
                  {t('compare.option', { n: r.revision, time: formatDateTime(new Date(r.receivedAt)) })}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="actions">
          <a className="button" href={routeHref({ page: 'received', id: c.from.inboxId })}>
            {t('compare.open', { n: c.from.revision })}
          </a>
          <a className="button" href={routeHref({ page: 'received', id: c.to.inboxId })}>
            {t('compare.open', { n: c.to.revision })}
          </a>
        </div>
      </div>
      <section className="panel" aria-labelledby="h-reasons">
        <h2 id="h-reasons">{t('compare.reasons')}</h2>
        {c.reasons.length === 0 ? (
          <p className="muted">{t('compare.noReason')}</p>
        ) : (
          <ul className="plain-list" data-testid="compare-reasons">
            {c.reasons.map((r) => (
              <li key={r.revision}>
                <strong>{t('compare.reasonOf', { n: r.revision })}</strong> <span className="pre-line">{r.reason}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="muted" role="status" data-testid="compare-count">
          {t('compare.count', { n: c.changes.length })}
        </p>
      </section>
      <ChangeList changes={c.changes} template={campaign.template} t={t} />
    </div>
  );
}

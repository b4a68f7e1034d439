// The campaigns this install knows, current and past: deadline, who issued it, this unit's status in
// it; one is chosen to work on. A held campaign waits for the level above's key to be confirmed.
import type { CampaignSummary } from '../../../shared/api/campaign-types';
import { formatShortDate } from '../../../shared/format/vi';
import type { Translate } from '../../i18n/i18n';
import { SOURCE_TEXT } from '../common/SourceText';

export interface CampaignListProps {
  campaigns: CampaignSummary[];
  busy: boolean;
  error: string | null;
  onUse(id: string): void;
  t: Translate;
}

function unitStatus(c: CampaignSummary, t: Translate): string {
  if (c.unit.decision) return t(c.unit.decision === 'accepted' ? 'campaigns.status.accepted' : 'campaigns.status.returned');
  if (c.unit.sent > 0) return t('campaigns.status.sent', { sent: c.unit.sent });
  return c.unit.revision === null ? t('campaigns.status.none') : t('campaigns.status.draft', { n: c.unit.revision });
}

export function CampaignList({ campaigns, busy, error, onUse, t }: CampaignListProps) {
  return (
    <section aria-labelledby="h-campaigns" className="panel" data-testid="campaign-list">
      <h2 id="h-campaigns">{t('campaigns.title')}</h2>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="campaign-list">
        {campaigns.map((c) => (
          <li key={c.id} className="campaign-item" data-campaign={c.id} data-state={c.state} aria-current={c.current ? 'true' : undefined}>
            <p className="campaign-title">
              <strong {...SOURCE_TEXT}>{c.title}</strong> <span className="muted">({c.id}, v{c.templateVersion})</span>
            </p>
            <p className="campaign-meta">
              <span>{t(`campaigns.state.${c.state}`)}</span> · <span>{c.deadline ? t('campaigns.deadline', { date: formatShortDate(c.deadline) }) : t('campaigns.noDeadline')}</span> ·{' '}
              <span>{c.issuer ? t('campaigns.issuer', { issuer: c.issuer }) : t('campaigns.builtin')}</span> · <span data-testid="campaign-status">{unitStatus(c, t)}</span>
            </p>
            {c.current ? (
              <span className="badge">{t('campaigns.current')}</span>
            ) : (
              <button type="button" className="button" disabled={busy || c.state === 'held'} onClick={() => onUse(c.id)}>
                {t('campaigns.use')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

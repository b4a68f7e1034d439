// Home: the campaign, days left to each deadline, progress of each part, open problems, last save.
import { fieldLabel } from '../../shared/campaign/fields';
import { formatDateTime } from '../../shared/format/vi';
import { useEffect } from 'react';
import { useExports, useInbox, useReading, useSession, useSigning, useStores, useT } from '../app/stores';
import { sentState } from '../components/home/sent-state';
import { partSummaries } from '../components/editor/part-state';
import { CheckSummary, DeadlineCards, ProgressTable, type DeadlineView } from '../components/home/HomeParts';
import { ReceiptPanel } from '../components/home/ReceiptPanel';
import { useKeyDecisions } from '../components/inbox/KeyDecisions';
import { CampaignsPanel } from './CampaignsPanel';
import { PageTitle } from '../components/layout/PageTitle';
import { KeyAttention } from '../components/settings/KeyAttention';
import { routeHref } from '../routing/route';
import { ReceivingHomePanel } from '../components/reading/ReceivingHomePanel';
import { Src } from '../components/common/SourceText';

const month = (iso: string): string => {
  const [y, m] = iso.split('-');
  return `${Number(m)}/${y}`;
};

export function HomePage() {
  const t = useT();
  const { now, inbox, signing, exports, reading } = useStores();
  const history = useExports((s) => s.history);
  // What was sent decides what the deadline cards say; read once per session, and after each export.
  useEffect(() => {
    if (!exports.getState().loaded) void exports.getState().load();
  }, [exports]);
  const signingKey = useSigning((s) => s.key);
  // Once a session: opening the key costs a key derivation, and a restore or a key change reloads it.
  useEffect(() => {
    if (!signing.getState().loaded) void signing.getState().load();
  }, [signing]);
  const campaign = useSession((s) => s.campaign);
  const draft = useSession((s) => s.draft);
  const profile = useSession((s) => s.profile);
  const receipt = useSession((s) => s.receipt);
  const allLines = useInbox((s) => s.lines);
  const scope = useInbox((s) => s.scope);
  const importing = useInbox((s) => s.running);
  const decisions = useKeyDecisions();
  // At a receiving unit, the campaign's state at a glance comes first: read fresh on each visit.
  const receiving = useSession((s) => s.receiving);
  const deskHome = useReading((s) => s.home);
  useEffect(() => {
    if (receiving) void reading.getState().loadHome();
  }, [receiving, reading]);
  if (!campaign || !draft || !profile) return null;

  const mine = campaign.deadlines.find((d) => d.levelId === profile.unit.levelId) ?? campaign.deadlines[0];
  const deadlines: DeadlineView[] = mine
    ? [
        { id: 'finish', label: t('deadline.finish'), date: mine.finish },
        ...(mine.send ? [{ id: 'send', label: profile.parent ? (
                <>
                  {t('deadline.send')} (<Src>{profile.parent.shortName}</Src>)
                </>
              ) : (
                t('deadline.send')
              ), date: mine.send }] : []),
      ]
    : [];
  const parts = partSummaries(campaign.template, draft.progress, draft.validation, campaign.template.appendix.title);
  const v = draft.validation;
  const firstOpen = parts.find((p) => p.state !== 'done') ?? parts[0];

  return (
    <div className="home">
      <PageTitle>
        <Src>{campaign.title}</Src>
      </PageTitle>
      <p className="lead">
        <Src>{profile.unit.name}</Src> · {t('home.period', { from: month(campaign.period.from), to: month(campaign.period.to) })} ·{' '}
        {t('home.revision', { n: draft.revision })}
      </p>
      <KeyAttention signingKey={signingKey} t={t} />
      {receiving && deskHome ? <ReceivingHomePanel home={deskHome} t={t} /> : null}
      <div className="actions">
        <a className="button button-primary" href={routeHref({ page: 'edit', part: firstOpen?.id ?? 's1', field: null })}>
          {t('home.continue')}
        </a>
        <a className="button" href={routeHref({ page: 'review' })}>
          {t('home.review')}
        </a>
        <a className="button" href={routeHref({ page: 'export' })}>
          {t('home.export')}
        </a>
      </div>
      <div className="home-grid">
        <section aria-labelledby="h-deadlines" className="panel">
          <h2 id="h-deadlines">{t('home.deadlines')}</h2>
          <DeadlineCards deadlines={deadlines} now={now()} sent={sentState(history, receipt)} t={t} />
        </section>
        <section aria-labelledby="h-checks" className="panel">
          <h2 id="h-checks">{t('home.checks')}</h2>
          <CheckSummary counts={{ errors: v.errorCount, warnings: v.warningCount, unexplained: v.unexplainedCount }} t={t} />
          <p className="card-note">
            <span>{t('home.lastSaved')}: </span>
            <span data-testid="last-saved">{draft.lastSavedAt ? formatDateTime(new Date(draft.lastSavedAt)) : t('home.neverSaved')}</span>
          </p>
        </section>
      </div>
      <ReceiptPanel
        receipt={receipt}
        revision={draft.revision}
        sentRevision={history.reduce((n, h) => Math.max(n, h.revision), 0)}
        labelOf={(key) => fieldLabel(campaign.template, key)}
        lines={scope === 'receipt' ? allLines : []}
        running={importing}
        onFiles={(files) => void inbox.getState().importFiles(files, 'receipt')}
        // A held receipt's key claims to be the level above's: the warning names it so.
        onRefuse={(key) => decisions.ask({ kind: 'refuse', key: { ...key, unitCode: profile.parent?.code ?? key.unitCode } })}
        t={t}
      />
      {decisions.done ? (
        <p className="alert alert-ok" role="status" data-testid="key-decision">
          {decisions.done}
        </p>
      ) : null}
      {decisions.dialogs}
      <CampaignsPanel />
      <section aria-labelledby="h-progress" className="panel">
        <h2 id="h-progress">{t('home.progress')}</h2>
        <ProgressTable parts={parts} t={t} />
      </section>
    </div>
  );
}

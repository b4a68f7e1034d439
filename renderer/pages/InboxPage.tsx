// Inbox (issue 6): choose or drop packages, saved e-mails and receipts; a progress bar while each file
// is checked; one result line per file; decisions on keys first seen on a package.
import { useEffect } from 'react';
import { useInbox, useStores, useT } from '../app/stores';
import { FilePicker } from '../components/common/FilePicker';
import { HeldList } from '../components/inbox/HeldList';
import { ImportProgress } from '../components/inbox/ImportProgress';
import { ImportResults } from '../components/inbox/ImportResults';
import { useKeyDecisions } from '../components/inbox/KeyDecisions';
import { OUTCOME_TONE } from '../components/inbox/outcomes';
import { PageTitle } from '../components/layout/PageTitle';
import { IMPORT_EXTENSIONS } from '../store/inbox-store';

export function InboxPage() {
  const t = useT();
  const { inbox } = useStores();
  const { running, done, total, current, held, scope } = useInbox((s) => s);
  const lines = useInbox((s) => s.lines);
  const mine = scope === 'inbox';
  const decisions = useKeyDecisions();

  useEffect(() => {
    void inbox.getState().loadHeld();
  }, [inbox]);

  // Held packages not already shown with buttons in this import's results; a key is its fingerprint.
  const shownKeys = new Set((mine ? lines : []).filter((l) => l.outcome === 'held').map((l) => l.fingerprint));
  const earlier = held.filter((h) => !shownKeys.has(h.fingerprint));
  const count = (tone: string) => lines.filter((l) => OUTCOME_TONE[l.outcome] === tone).length;

  return (
    <div className="inbox-page">
      <PageTitle>{t('inbox.title')}</PageTitle>
      <p className="lead">{t('inbox.intro')}</p>
      <section className="panel drop-panel" aria-labelledby="h-import">
        <h2 id="h-import">{t('inbox.import')}</h2>
        <div className="drop-zone">
          <FilePicker
            id="inbox-files"
            label={t('inbox.choose')}
            accept={IMPORT_EXTENSIONS.join(',')}
            multiple
            primary
            disabled={running}
            describedBy="inbox-types"
            onFiles={(files) => void inbox.getState().importFiles(files)}
          />{' '}
          <FilePicker
            id="inbox-folder"
            label={t('inbox.chooseFolder')}
            accept={IMPORT_EXTENSIONS.join(',')}
            folder
            disabled={running}
            describedBy="inbox-types"
            onFiles={(files) => void inbox.getState().importFiles(files)}
          />
          <p className="drop-hint">{t('inbox.drop')}</p>
          <p className="field-help" id="inbox-types">
            {t('inbox.types')}
          </p>
        </div>
        {mine ? <ImportProgress running={running} done={done} total={total} current={current} t={t} /> : null}
      </section>
      {decisions.done ? (
        <p className="alert alert-ok" role="status" data-testid="key-decision">
          {decisions.done}
        </p>
      ) : null}
      {mine && lines.length ? (
        <section className="panel" aria-labelledby="h-results">
          <h2 id="h-results">{t('inbox.results')}</h2>
          <p className="muted" data-testid="import-summary">
            {t('inbox.summary', { ok: count('ok'), warn: count('warn'), error: count('error'), other: count('empty') })}
          </p>
          <ImportResults
            lines={lines}
            onConfirm={(key) => decisions.ask({ kind: 'confirm', key })}
            onRefuse={(key) => decisions.ask({ kind: 'refuse', key })}
            t={t}
          />
        </section>
      ) : null}
      {earlier.length ? (
        <section className="panel" aria-labelledby="h-held">
          <h2 id="h-held">{t('held.title', { n: earlier.length })}</h2>
          <HeldList held={earlier} onConfirm={(key) => decisions.ask({ kind: 'confirm', key })} onRefuse={(key) => decisions.ask({ kind: 'refuse', key })} t={t} />
        </section>
      ) : null}
      {decisions.dialogs}
    </div>
  );
}

// Export (issue 5): what will be sent, the signing key's fingerprint, the export itself, then the files
// written, the e-mail to copy and "open folder"; the revisions already sent; and, once this revision is
// frozen, the way to a new revision with its reason.
import { useEffect, useState } from 'react';
import { fieldLabel } from '../../shared/campaign/fields';
import { formatDateTime } from '../../shared/format/vi';
import { isExplained } from '../../shared/validation/engine';
import { useAttachments, useExports, useSession, useStores, useT } from '../app/stores';
import { AttachmentsPanel } from '../components/attachments/AttachmentsPanel';
import { partSummaries } from '../components/editor/part-state';
import { DangerDialog } from '../components/common/DangerDialog';
import { ExportChecklist } from '../components/export/ExportChecklist';
import { ExportHistory } from '../components/export/ExportHistory';
import { ExportResultPanel } from '../components/export/ExportResultPanel';
import { RevisionDialog } from '../components/export/RevisionDialog';
import { PageTitle } from '../components/layout/PageTitle';
import { KeyAttention } from '../components/settings/KeyAttention';
import { routeHref } from '../routing/route';

export function ExportPage() {
  const t = useT();
  const { exports, attachments } = useStores();
  const attached = useAttachments((s) => s);
  const campaign = useSession((s) => s.campaign);
  const draft = useSession((s) => s.draft);
  const profile = useSession((s) => s.profile);
  const { loaded, key, history, result, busy, error, folder } = useExports((s) => s);
  const [revising, setRevising] = useState(false);
  // Exporting freezes the revision: asked first. Exporting a frozen revision again writes the same files.
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    void exports.getState().load();
  }, [exports]);
  // Read again for each revision: a new revision starts without the files signed into the last one.
  const revisionNow = draft?.revision;
  useEffect(() => {
    void attachments.getState().load();
  }, [attachments, revisionNow]);

  if (!campaign || !draft || !profile) return null;
  const template = campaign.template;
  const parts = partSummaries(template, draft.progress, draft.validation, template.appendix.title);
  const issues = draft.validation.issues;
  const signerMissing = profile.signerName.trim() === '';
  const blocked =
    issues.some((i) => i.severity === 'error' || (i.severity === 'warning' && !isExplained(i.explanation))) || signerMissing;
  const frozen = draft.status === 'frozen';
  const sentAt = history.find((h) => h.revision === draft.revision)?.createdAt;
  const state = exports.getState();

  return (
    <div className="export-page">
      <PageTitle>{t('export.title')}</PageTitle>
      <p className="lead">
        {t('export.intro')} <strong>{t('home.revision', { n: draft.revision })}.</strong>
      </p>
      {frozen ? (
        <div className="alert alert-info frozen-banner" data-testid="frozen-banner">
          <p>{t('export.frozen', { n: draft.revision, time: sentAt ? formatDateTime(new Date(sentAt)) : '…', next: draft.revision + 1 })}</p>
          <button type="button" className="button" onClick={() => setRevising(true)}>
            {t('revision.open', { n: draft.revision + 1 })}
          </button>
        </div>
      ) : null}
      {/* Right after an export, what was written comes first: it is what the user needs next. */}
      {result ? <ExportResultPanel result={result} folder={folder} onOpenFolder={() => void state.openFolder()} t={t} /> : null}
      <div className="export-grid">
        <div className="export-main">
          <section className="panel" aria-labelledby="h-contents">
            <h2 id="h-contents">{t('export.contents')}</h2>
            <ExportChecklist parts={parts} issues={issues} signerMissing={signerMissing} labelOf={(k) => fieldLabel(template, k)} t={t} />
          </section>
          <AttachmentsPanel
            list={attached.list}
            loaded={attached.loaded}
            busy={attached.busy}
            refused={attached.refused}
            error={attached.error}
            frozen={frozen}
            onAdd={(files) => void attachments.getState().add(files)}
            onRemove={(name) => void attachments.getState().remove(name)}
            t={t}
          />
        </div>
        <div className="export-side">
          <section className="panel" aria-labelledby="h-key">
            <h2 id="h-key">{t('export.key')}</h2>
            {!loaded ? (
              <p className="muted">{t('app.loading')}</p>
            ) : key ? (
              <>
                <p className="fingerprint-big mono" data-testid="key-fingerprint">
                  {key.fingerprint}
                </p>
                <p className="field-help">{t('export.keyHelp')}</p>
                <p className="muted">{t('export.keyCreated', { time: formatDateTime(new Date(key.createdAt)) })}</p>
                <KeyAttention signingKey={key} t={t} />
              </>
            ) : (
              <p className="muted" data-testid="key-none">
                {t('export.keyNone')}
              </p>
            )}
          </section>
          <section className="panel" aria-labelledby="h-do-export">
            <h2 id="h-do-export">{t('export.action')}</h2>
            <button
              type="button"
              className={`button${frozen ? '' : ' button-primary'} button-block`}
              disabled={busy || (!frozen && blocked)}
              aria-describedby={!frozen && blocked ? 'export-blocked' : undefined}
              onClick={() => (frozen ? void state.exportNow() : setConfirming(true))}
            >
              {busy ? t('export.busy') : frozen ? t('export.again', { n: draft.revision }) : t('export.button', { n: draft.revision })}
            </button>
            {!frozen && blocked ? (
              <p className="field-help" id="export-blocked">
                {t('export.blockedNote')}
              </p>
            ) : null}
            {error ? (
              <div className="alert alert-error" role="alert" data-testid="export-error">
                <p className="alert-title">{t('export.failed')}</p>
                <p>{error}</p>
              </div>
            ) : null}
          </section>
        </div>
      </div>
      <section className="panel" aria-labelledby="h-history">
        <h2 id="h-history">{t('export.history')}</h2>
        <ExportHistory history={history} t={t} />
      </section>
      {confirming ? (
        <DangerDialog
          title={t('export.confirmTitle', { n: draft.revision })}
          intro={t('export.confirmText', { n: draft.revision, next: draft.revision + 1 })}
          submitLabel={t('export.confirm', { n: draft.revision })}
          onConfirm={async () => {
            setConfirming(false);
            await state.exportNow();
          }}
          onClose={() => setConfirming(false)}
          t={t}
        />
      ) : null}
      {revising ? (
        <RevisionDialog
          revision={draft.revision}
          onSubmit={(reason) => state.startRevision(reason)}
          onDone={() => {
            setRevising(false);
            window.location.hash = routeHref({ page: 'edit', part: 's1', field: null });
          }}
          onClose={() => setRevising(false)}
          t={t}
        />
      ) : null}
    </div>
  );
}

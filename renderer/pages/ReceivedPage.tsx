// A received revision in the same A4 view the unit saw on its review page, built from the package's
// data as verified again on opening; beside it the package's facts, its signed files, and the decision
// with comments attached to fields by clicking them on the paper.
import { useEffect, useMemo, useState } from 'react';
import type { Profile } from '../../shared/api/contract';
import type { ReceivedRevision } from '../../shared/api/review-types';
import { fieldIndex, fieldLabel } from '../../shared/campaign/fields';
import type { CampaignDef } from '../../shared/campaign/model';
import { buildReportDocument } from '../../shared/documents';
import { isoDateInZone } from '../../shared/format/vi';
import { useReading, useSession, useStores, useT } from '../app/stores';
import { errorText } from '../components/common/format';
import { PageTitle } from '../components/layout/PageTitle';
import { DecisionPanel, type FieldComment } from '../components/reading/DecisionPanel';
import { FileList, PackageFacts } from '../components/reading/PackageFacts';
import { DocumentView, type Annotate } from '../components/review/DocumentView';
import { routeHref } from '../routing/route';

/** The header and signature of the paper come from the directory and the signed manifest. */
function profileOf(r: ReceivedRevision, campaign: CampaignDef): Profile {
  return {
    unit: r.unit,
    parent: r.parent,
    signerName: r.signer.name,
    signerTitle: r.signer.title,
    authorityLine: 'TM. BAN THƯỜNG VỤ',
    documentNumber: '',
    documentSymbol: 'BC-LĐLĐ',
    place: r.unit.place,
    campaignId: campaign.id,
    createdAt: r.createdAt,
    updatedAt: r.createdAt,
  };
}

export function ReceivedPage({ id }: { id: number }) {
  const t = useT();
  const { reading } = useStores();
  const campaign = useSession((s) => s.campaign);
  const { received: r, loading, error } = useReading((s) => s);
  const [comment, setComment] = useState('');
  const [notes, setNotes] = useState<FieldComment[]>([]);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [decisionError, setDecisionError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    // The page is keyed by the id (App.tsx): another revision starts with empty comments.
    void reading.getState().open(id);
  }, [reading, id]);

  const doc = useMemo(
    () =>
      r && campaign && r.inboxId === id
        ? buildReportDocument({ campaign, profile: profileOf(r, campaign), values: r.values, explanations: r.explanations, issuedOn: isoDateInZone(new Date(r.createdAt)) })
        : null,
    [r, campaign, id],
  );
  if (!campaign) return null;
  const labelOf = (key: string) => fieldLabel(campaign.template, key);
  const annotate: Annotate = {
    fields: new Set(fieldIndex(campaign.template).keys()),
    commented: new Set(notes.map((n) => n.key)),
    buttonLabel: (key) => t('read.commentOn', { field: labelOf(key) }),
    onField: (key) => {
      if (!notes.some((n) => n.key === key)) setNotes([...notes, { key, comment: '' }]);
      setFocusKey(key);
    },
  };

  async function decide(decision: 'accepted' | 'returned') {
    if (!r) return;
    setBusy(true);
    setDecisionError(null);
    setDone(null);
    try {
      const fields = notes.filter((n) => n.comment.trim()).map((n) => ({ key: n.key, comment: n.comment.trim() }));
      const issued = await reading.getState().decide({ inboxId: r.inboxId, manifestSha256: r.manifestSha256, decision, comment: comment.trim(), fields });
      setDone(t('receiptDialog.done', { decision: t(`decision.${issued.decision}`), unit: r.unit.shortName, path: issued.path }));
    } catch (e) {
      setDecisionError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  async function save(path: string) {
    if (!r) return;
    setSaved(null);
    try {
      const f = await reading.getState().saveFile(r.inboxId, path);
      setSaved(t('read.saved', { name: f.fileName, path: f.path }));
    } catch (e) {
      setSaved(errorText(e));
    }
  }

  if (error && !r) {
    return (
      <div className="received-page">
        <PageTitle>{t('read.titleLoading')}</PageTitle>
        <p className="alert alert-error" role="alert" data-testid="received-error">
          {error}
        </p>
        <a className="button" href={routeHref({ page: 'tracker' })}>
          {t('read.backToTracker')}
        </a>
      </div>
    );
  }
  if (loading || !r || r.inboxId !== id || !doc) return <p className="loading">{t('app.loading')}</p>;

  const current = r.revisions.find((x) => x.state === 'current');
  const previous = [...r.revisions].reverse().find((x) => x.revision < r.revision);
  return (
    <div className="received-page">
      <PageTitle>{t('read.title', { unit: r.unit.shortName, n: r.revision })}</PageTitle>
      <p className="lead">{t('read.intro')}</p>
      <div className="actions">
        <a className="button" href={routeHref({ page: 'tracker' })}>
          {t('read.backToTracker')}
        </a>
        {previous ? (
          <a className="button" href={routeHref({ page: 'compare', from: previous.inboxId, to: r.inboxId })} data-testid="compare-link">
            {t('read.compareWith', { n: previous.revision })}
          </a>
        ) : null}
        {current && current.inboxId !== r.inboxId ? (
          <a className="button" href={routeHref({ page: 'received', id: current.inboxId })}>
            {t('read.openCurrent', { n: current.revision })}
          </a>
        ) : null}
      </div>
      <section className="panel" aria-labelledby="h-package">
        <h2 id="h-package">{t('read.package')}</h2>
        <PackageFacts r={r} t={t} />
        <h3>{t('read.documents')}</h3>
        <FileList files={r.documents} empty={t('read.noDocuments')} onSave={(p) => void save(p)} busy={busy} testId="received-documents" t={t} />
        {/* Attachments the unit sent with its report (supporting documents), when packages carry them. */}
        <h3>{t('read.attachments')}</h3>
        <FileList files={r.attachments} empty={t('read.noAttachments')} onSave={(p) => void save(p)} busy={busy} testId="received-attachments" t={t} />
        {saved ? (
          <p className="alert alert-ok" role="status" data-testid="file-saved">
            {saved}
          </p>
        ) : null}
      </section>
      <div className="read-columns">
        <section aria-labelledby="h-paper" className="review-document">
          <h2 id="h-paper">{t('read.document')}</h2>
          <p className="field-help">{t('read.clickHelp')}</p>
          <DocumentView doc={doc} label={t('read.documentLabel', { unit: r.unit.shortName, n: r.revision })} annotate={annotate} />
        </section>
        <DecisionPanel
          template={campaign.template}
          open={r.state === 'current'}
          closedNote={current ? t('read.notCurrent', { n: current.revision }) : t('read.notCurrentNone')}
          comment={comment}
          onComment={setComment}
          notes={notes}
          onNotes={setNotes}
          focusKey={focusKey}
          labelOf={labelOf}
          busy={busy}
          error={decisionError}
          done={done}
          onDecide={(d) => void decide(d)}
          t={t}
        />
      </div>
    </div>
  );
}

// Review: every open problem with a link to its field, then the whole report as it will print.
import { useMemo } from 'react';
import { fieldLabel } from '../../shared/campaign/fields';
import { buildReportDocument, documentGaps } from '../../shared/documents';
import { isoDateInZone } from '../../shared/format/vi';
import { useSession, useStores, useT } from '../app/stores';
import { PageTitle } from '../components/layout/PageTitle';
import { DocumentView } from '../components/review/DocumentView';
import { ProblemList } from '../components/review/ProblemList';

export function ReviewPage() {
  const t = useT();
  const { now } = useStores();
  const campaign = useSession((s) => s.campaign);
  const draft = useSession((s) => s.draft);
  const profile = useSession((s) => s.profile);
  const issuedOn = isoDateInZone(now());
  const doc = useMemo(
    () =>
      campaign && draft && profile
        ? buildReportDocument({ campaign, profile, values: draft.values, explanations: draft.explanations, issuedOn })
        : null,
    [campaign, draft, profile, issuedOn],
  );
  if (!campaign || !draft || !profile || !doc) return null;
  const gaps = documentGaps({ campaign, profile, values: draft.values });
  const appendixEmpty = draft.progress.some((p) => p.partId === 'appendix' && p.total > 0 && p.filled === 0);
  const emptyParts = [
    ...gaps.emptySections.map((s) => ({ id: s.id, label: `${s.number}. ${s.title}` })),
    ...(appendixEmpty ? [{ id: 'appendix', label: campaign.template.appendix.title }] : []),
  ];

  return (
    <div className="review">
      <PageTitle>{t('review.title')}</PageTitle>
      <p className="lead">{t('review.intro')}</p>
      <div className="review-columns">
        <section aria-labelledby="h-problems" className="panel review-problems">
          <h2 id="h-problems">{t('review.problems')}</h2>
          <ProblemList
            issues={draft.validation.issues}
            labelOf={(key) => fieldLabel(campaign.template, key)}
            emptyParts={emptyParts}
            signerMissing={gaps.signerMissing}
            numberMissing={gaps.numberMissing}
            t={t}
          />
        </section>
        <section aria-labelledby="h-document" className="review-document">
          <h2 id="h-document">{t('review.document')}</h2>
          <DocumentView doc={doc} label={t('review.documentLabel')} />
        </section>
      </div>
    </div>
  );
}

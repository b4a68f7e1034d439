// What will be sent, before it is sent: each part complete or not, the warnings with the explanation
// that travels with them, and what blocks the export with the way to the page that fixes it.
import type { ValidationIssue } from '../../../shared/validation/engine';
import { isExplained } from '../../../shared/validation/engine';
import type { Translate } from '../../i18n/i18n';
import { fieldHref, routeHref } from '../../routing/route';
import { PartState } from '../editor/PartList';
import type { PartSummary } from '../editor/part-state';
import { rich, SOURCE_TEXT, Src } from '../common/SourceText';

export interface ExportChecklistProps {
  parts: PartSummary[];
  issues: ValidationIssue[];
  signerMissing: boolean;
  labelOf(key: string): string;
  t: Translate;
}

function IssueLinks({ issues, labelOf, t }: { issues: ValidationIssue[]; labelOf(key: string): string; t: Translate }) {
  return (
    <ul className="problem-list">
      {issues.map((i) => (
        <li key={i.ruleId} className={`problem problem-${i.severity}${isExplained(i.explanation) ? ' problem-explained' : ''}`}>
          <p {...SOURCE_TEXT}>{i.message}</p>
          {i.severity === 'warning' && isExplained(i.explanation) ? <p className="problem-explanation">{rich(t, 'review.explained', { text: i.explanation ?? '' }, ['text'])}</p> : null}
          <a className="problem-link" href={fieldHref(i.fields[0] ?? '')}>
            {rich(t, 'review.goToField', { field: labelOf(i.fields[0] ?? '') }, ['field'])}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function ExportChecklist({ parts, issues, signerMissing, labelOf, t }: ExportChecklistProps) {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const unexplained = warnings.filter((w) => !isExplained(w.explanation));
  const explained = warnings.filter((w) => isExplained(w.explanation));
  const done = parts.filter((p) => p.state === 'done').length;
  const blocked = errors.length > 0 || unexplained.length > 0 || signerMissing;
  return (
    <div className="checklist">
      {blocked ? null : <p className="alert alert-ok">{t('export.ready')}</p>}
      {errors.length ? (
        <section aria-labelledby="x-errors" className="check-block">
          <h3 id="x-errors">{t('export.errorsTitle', { n: errors.length })}</h3>
          <p className="field-help">{t('export.errorsHelp')}</p>
          <IssueLinks issues={errors} labelOf={labelOf} t={t} />
          <a className="button" href={routeHref({ page: 'review' })}>
            {t('export.goReview')}
          </a>
        </section>
      ) : null}
      {unexplained.length ? (
        <section aria-labelledby="x-unexplained" className="check-block">
          <h3 id="x-unexplained">{t('export.unexplainedTitle', { n: unexplained.length })}</h3>
          <p className="field-help">{t('export.unexplainedHelp')}</p>
          <IssueLinks issues={unexplained} labelOf={labelOf} t={t} />
        </section>
      ) : null}
      {signerMissing ? (
        <p className="alert alert-error">
          {t('export.signerMissing')} <a href={routeHref({ page: 'profile' })}>{t('export.editProfile')}</a>
        </p>
      ) : null}
      {explained.length ? (
        <section aria-labelledby="x-explained" className="check-block">
          <h3 id="x-explained">{t('export.explainedTitle', { n: explained.length })}</h3>
          <IssueLinks issues={explained} labelOf={labelOf} t={t} />
        </section>
      ) : null}
      <section aria-labelledby="x-parts" className="check-block">
        <h3 id="x-parts">
          {t('export.parts')} <span className="muted">({t('export.completeCount', { done, total: parts.length })})</span>
        </h3>
        <ul className="check-parts">
          {parts.map((p) => (
            <li key={p.id}>
              <a href={routeHref({ page: 'edit', part: p.id, field: null })}>
                {p.number ? <span className="part-number">{p.number}.</span> : null} <Src>{p.title}</Src>
              </a>
              <PartState part={p} t={t} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
